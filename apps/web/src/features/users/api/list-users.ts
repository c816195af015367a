import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { UserList } from '@thidua/contracts';
import { api } from '@/lib/api-client';

export type UserListResponse = z.infer<typeof UserList>;
export interface ListUsersParams {
  q?: string | undefined;
  limit: number;
  offset: number;
}

export const listUsers = (p: ListUsersParams, signal?: AbortSignal) =>
  api<UserListResponse>('/api/v1/users', { query: { q: p.q?.trim(), limit: p.limit, offset: p.offset }, signal });

export const listUsersQueryOptions = (p: ListUsersParams) =>
  queryOptions({ queryKey: ['users', 'list', p], queryFn: ({ signal }) => listUsers(p, signal), placeholderData: keepPreviousData });

export const useUsers = (p: ListUsersParams) => useQuery(listUsersQueryOptions(p));
