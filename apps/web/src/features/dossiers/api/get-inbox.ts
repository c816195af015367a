import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { InboxItem } from '@thidua/contracts';
import { api } from '@/lib/api-client';

export type InboxEntry = z.infer<typeof InboxItem>;

/** "Việc cần xử lý": what the user's roles must act on, with deadlines in working days. */
export const getInbox = (signal?: AbortSignal) => api<{ items: InboxEntry[]; total: number }>('/api/v1/inbox', { signal });
export const inboxQueryOptions = () => queryOptions({ queryKey: ['dossiers', 'inbox'], queryFn: ({ signal }) => getInbox(signal) });
export const useInbox = () => useQuery(inboxQueryOptions());
