/** Run:ai 2.18/2.19 deprecated /v1/k8s users and groups scenarios (filled in by the k8s work). */
import type { Scenario } from '../../scenario.js';

export const K8S_SCENARIOS: readonly Scenario[] = [];
