import { describe, expect, it } from 'vitest';
import { authInvalidToken, authMissingToken, authViewerCanRead, authViewerCannotWrite } from '../../src/checks/auth.js';
import { errorConventionalStatus, refusalFor } from '../../src/checks/conventional-status.js';
import { checkFunctionName } from '../../src/checks/catalogue/define.js';
import { AUTH_CHECKS } from '../../src/checks/catalogue/auth.js';
import { K8S_CHECKS } from '../../src/checks/catalogue/k8s.js';
import { NEGATIVE_CHECKS } from '../../src/checks/catalogue/negative.js';
import { CATALOGUE } from '../../src/checks/catalogue/index.js';
import * as authChecks from '../../src/checks/auth.js';
import * as k8sChecks from '../../src/checks/k8s.js';
import * as negativeChecks from '../../src/checks/negative.js';
import { k8sRolesMatch } from '../../src/checks/k8s.js';
import { negativeInvalidBodyRejected, negativeInvalidParamRejected, negativeValidBodyAccepted, negativeWrongContentTypeRejected } from '../../src/checks/negative.js';
import type { Verdict } from '../../src/checks/verdict.js';
import { loadSpec } from '../../src/spec/index.js';
import { response } from './responses.js';

const outcome = (v: Verdict) => v.outcome;
const message = (v: Verdict) => (v.outcome === 'fail' ? v.message : v.outcome === 'skip' ? v.reason : '');

describe('catalogue entries of the negative, auth and k8s families', () => {
  const families = [[NEGATIVE_CHECKS, negativeChecks], [AUTH_CHECKS, authChecks], [K8S_CHECKS, k8sChecks]] as const;
  it('are registered, explain themselves, and each has a function named after its id', () => {
    for (const [definitions, module] of families) {
      for (const definition of definitions) {
        expect(CATALOGUE.get(definition.id)).toBe(definition);
        expect(definition.why.length).toBeGreaterThan(80);
        expect(definition.example).not.toBe('');
        expect(typeof (module as Record<string, unknown>)[checkFunctionName(definition.id)], definition.id).toBe('function');
      }
    }
  });

  it('only the auth checks on reads need no write (they run in read-only mode too)', () => {
    expect([...NEGATIVE_CHECKS, ...AUTH_CHECKS, ...K8S_CHECKS].filter((d) => !d.writes).map((d) => d.id)).toEqual(['auth.missing-token', 'auth.invalid-token', 'auth.viewer-can-read']);
  });
});

describe('negative checks', () => {
  const rejecting = [negativeInvalidBodyRejected, negativeInvalidParamRejected];
  it('pass on any 4xx and fail on 2xx, 3xx and 5xx, naming the defect', () => {
    for (const fn of rejecting) {
      expect(outcome(fn('create_user', response(400), 'body /email: pattern'))).toBe('pass');
      expect(outcome(fn('create_user', response(422), 'x'))).toBe('pass');
      const accepted = fn('create_user', response(201), 'body /email: pattern violation');
      expect(message(accepted)).toBe('create_user: a request with body /email: pattern violation was accepted (201), expected a 4xx');
      expect(message(fn('create_user', response(500), 'x'))).toContain('crashed the server (500)');
      expect(outcome(fn('create_user', response(302), 'x'))).toBe('fail');
    }
    expect(message(negativeWrongContentTypeRejected('create_user', response(201), 'text/plain'))).toBe('create_user: a JSON body sent as text/plain was accepted (201), expected a 4xx');
  });

  it('skip when no response arrived (transport.completed reports it)', () => {
    expect(outcome(negativeInvalidBodyRejected('create_user', response(undefined), 'x'))).toBe('skip');
    expect(outcome(negativeValidBodyAccepted('create_user', response(undefined)))).toBe('skip');
  });

  it('valid bodies must get a 2xx', () => {
    expect(outcome(negativeValidBodyAccepted('create_user', response(201)))).toBe('pass');
    expect(message(negativeValidBodyAccepted('create_user', response(400)))).toBe('create_user: a valid body was refused (400), expected a 2xx');
    expect(message(negativeValidBodyAccepted('create_user', response(500)))).toContain('answered with a server error (500)');
  });
});

describe('auth checks', () => {
  it('expect the exact code an operation documents, else any 4xx with the conventional code as a SHOULD', async () => {
    const runai = await loadSpec('runai-2.24');
    const lenses = await loadSpec('lenses-hq');
    expect(refusalFor(runai.byId.get('get_users')!, 401)).toEqual({ expected: [401] });
    expect(refusalFor(runai.byId.get('get_users')!, 401, [401, 403])).toEqual({ expected: [401, 403], conventional: 401 });
    expect(refusalFor(lenses.byId.get('listUsers')!, 401, [401, 403])).toEqual({ expected: '4xx', conventional: 401 });
    expect(refusalFor(runai.byId.get('create_user')!, 403)).toEqual({ expected: [403] });
    expect(refusalFor(lenses.byId.get('listUsers')!, 401)).toEqual({ expected: '4xx', conventional: 401 });
    expect(refusalFor(lenses.byId.get('updateUser')!, 403)).toEqual({ expected: '4xx', conventional: 403 });
    expect(outcome(errorConventionalStatus('getUser after delete', response(410), 404))).toBe('fail');
    expect(outcome(errorConventionalStatus('getUser after delete', response(404), 404))).toBe('pass');
    expect(outcome(errorConventionalStatus('getUser after delete', response(200), 404))).toBe('skip');
  });

  it('refusals pass only with an expected status', () => {
    for (const fn of [authMissingToken, authInvalidToken, authViewerCannotWrite]) {
      expect(outcome(fn('get_users', response(401), [401]))).toBe('pass');
      expect(outcome(fn('get_users', response(403), [401]))).toBe('fail');
      expect(outcome(fn('listUsers', response(404), '4xx'))).toBe('pass');
      expect(outcome(fn('listUsers', response(200), '4xx'))).toBe('fail');
      expect(outcome(fn('get_users', response(200), [401]))).toBe('fail');
    }
    expect(message(authMissingToken('get_users', response(200), [401]))).toBe('get_users without credentials: status 200, expected 401');
    expect(message(authInvalidToken('delete_user_by_id', response(204), [401]))).toBe('delete_user_by_id with a forged bearer token: status 204, expected 401');
    expect(message(authViewerCannotWrite('create_user', response(201), [403]))).toBe('create_user with the viewer token: status 201, expected 403');
  });

  it('the viewer may read', () => {
    expect(outcome(authViewerCanRead('get_users', response(200)))).toBe('pass');
    expect(message(authViewerCanRead('get_users', response(403)))).toBe('get_users with the viewer token: status 403, expected 2xx');
  });
});

describe('k8s.roles-match', () => {
  it('compares roles as a set', () => {
    expect(outcome(k8sRolesMatch('getUserRoles', ['researcher', 'ml_engineer'], ['ml_engineer', 'researcher']))).toBe('pass');
    expect(outcome(k8sRolesMatch('getUserRoles', ['viewer', 'viewer'], ['viewer']))).toBe('pass');
    expect(message(k8sRolesMatch('getUserRoles after the update', ['viewer'], ['researcher', 'ml_engineer'])))
      .toBe('getUserRoles after the update: roles are ["viewer"], expected ["ml_engineer","researcher"]');
    expect(outcome(k8sRolesMatch('x', ['viewer', 'editor'], ['viewer']))).toBe('fail');
  });

  it('fails on something that is not a list of roles, skips when roles are absent', () => {
    expect(outcome(k8sRolesMatch('x', 'viewer', ['viewer']))).toBe('fail');
    expect(outcome(k8sRolesMatch('x', [1], ['viewer']))).toBe('fail');
    expect(outcome(k8sRolesMatch('x', undefined, ['viewer']))).toBe('skip');
  });
});
