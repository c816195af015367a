import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { CampaignAssignableUsers } from '@thidua/contracts';
import { api } from '@/lib/api-client';

export type AssignableUsersView = z.infer<typeof CampaignAssignableUsers>;
/** Users with a data-entry role whose scope covers the unit. */
export const listAssignableUsers = (id: string, orgId: string, signal?: AbortSignal) =>
  api<AssignableUsersView>(`/api/v1/registry/campaigns/${encodeURIComponent(id)}/assignable-users`, { query: { orgId }, signal });
export const assignableUsersQueryOptions = (id: string, orgId: string) =>
  queryOptions({ queryKey: ['campaigns', id, 'assignable', orgId], queryFn: ({ signal }) => listAssignableUsers(id, orgId, signal) });
export const useAssignableUsers = (id: string, orgId: string | null) =>
  useQuery({ ...assignableUsersQueryOptions(id, orgId ?? ''), enabled: Boolean(orgId) });
