/**
 * Escaping for the HTML report. Every value interpolated with the {@link html} tag is escaped with
 * `he` (text content and double-quoted attribute values alike) unless it is already {@link SafeHtml}
 * built by this same tag, so server-supplied text cannot become markup by accident.
 * The tag itself is a few lines of glue over `he`; no templating library is needed for a static page.
 */
import he from 'he';

/** HTML produced by {@link html} or {@link trusted}: inserted as is. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Interpolation = SafeHtml | string | number | boolean | null | undefined | readonly Interpolation[];

/** Escapes any text for use as HTML text content or a double-quoted attribute value. */
export function escapeHtml(text: string): string {
  return he.escape(text);
}

function render(value: Interpolation): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/** Tagged template: literal parts are markup, interpolations are escaped (arrays are concatenated). */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}

/** Prose with Markdown-style `code` spans (catalogue and spec texts): the spans become <code>, the rest is escaped. */
export function withCode(text: string): SafeHtml {
  const parts = text.split(/`([^`\n]+)`/);
  return html`${parts.map((part, i) => (i % 2 === 1 ? html`<code>${part}</code>` : part))}`;
}

/** Marks markup the caller vouches for (extension sections, whose caller escapes). Never for report data. */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}
