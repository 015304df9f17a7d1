/** Run:ai 2.18/2.19 deprecated /v1/k8s users and groups scenarios. */
import type { Scenario } from '../../../engine/scenario.js';
import { k8sGroupsLifecycle } from './groups-lifecycle.js';
import { k8sUsersLifecycle } from './users-lifecycle.js';

export const K8S_SCENARIOS: readonly Scenario[] = [k8sUsersLifecycle, k8sGroupsLifecycle];
