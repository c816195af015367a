import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { MovementDetail } from '@thidua/contracts';
import { api } from '@/lib/api-client';

export type MovementDetailView = z.infer<typeof MovementDetail>;
export type RegistrationView = MovementDetailView['registrations'][number];

export const getMovement = (id: string, signal?: AbortSignal) => api<MovementDetailView>(`/api/v1/movements/${encodeURIComponent(id)}`, { signal });
export const movementQueryKey = (id: string) => ['movements', 'one', id] as const;
export const movementQueryOptions = (id: string) => queryOptions({ queryKey: movementQueryKey(id), queryFn: ({ signal }) => getMovement(id, signal) });
export const useMovement = (id: string | undefined) => useQuery({ ...movementQueryOptions(id ?? ''), enabled: Boolean(id) });
