import type { Exchange } from '../../http/types.js';
import { formatDuration, prettyBody, truncate } from '../format.js';
import { html, type SafeHtml } from './template.js';

/** One request/response pair: request line, headers, body; status, headers, body; with notes. */
export function renderExchange(exchange: Exchange, position: number): SafeHtml {
  const { request, response, transportError } = exchange;
  const requestText = `${request.method.toUpperCase()} ${request.url}\n${headerLines(request.headers)}`;
  const requestBody = request.body === undefined ? undefined : truncate(prettyBody(request.body));
  const retries = (exchange.retries ?? []).map((retry) => html`<li>answered ${retry.status} (${retry.reason}${retry.retryAfter ? `, Retry-After ${retry.retryAfter}` : ''}); resent after ${formatDuration(retry.waitedMs)}</li>`);
  return html`<div class="exchange">
<h5>Exchange ${position}${exchange.operationId ? html` · <code>${exchange.operationId}</code>` : ''} · ${exchange.startedAt} · ${formatDuration(exchange.durationMs)}${exchange.attempts && exchange.attempts > 1 ? ` · ${exchange.attempts} attempts` : ''}</h5>
${retries.length > 0 ? html`<ul class="retries">${retries}</ul>` : ''}
<div class="req"><h6>Request</h6><pre class="transcript">${requestText}${requestBody ? `\n${requestBody.text}` : ''}</pre>${requestBody?.note ? html`<p class="note">${requestBody.note}</p>` : ''}</div>
<div class="res"><h6>Response</h6>${response ? renderResponse(response) : html`<p class="note">No response.</p>`}${transportError ? html`<p class="transport-error">Transport error (${transportError.kind}): ${transportError.message}</p>` : ''}</div>
</div>`;
}

function renderResponse(response: NonNullable<Exchange['response']>): SafeHtml {
  const body = truncate(prettyBody(response.body));
  const notes: string[] = [];
  if (response.bodyTruncated) notes.push(`the client kept only the start of the body: ${response.bodyBytes.toLocaleString('en')} bytes were received`);
  if (body.note) notes.push(body.note);
  if (response.invalidUtf8) notes.push('the body is not valid UTF-8; invalid bytes are shown as �');
  return html`<pre class="transcript">HTTP ${response.status}\n${headerLines(response.headers)}${response.body === '' ? '' : `\n${body.text}`}</pre>${notes.map((note) => html`<p class="note">${note}</p>`)}`;
}

function headerLines(headers: Record<string, string>): string {
  return Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\n`)
    .join('');
}
