import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { MovementView } from '@thidua/contracts';
import { api } from '@/lib/api-client';

export type MovementDetailView = z.infer<typeof MovementView>;
export type RegistrationView = MovementDetailView['registrations'][number];
export type MovementDocumentView = MovementDetailView['files'][number];
export type LevelRollUpView = MovementDetailView['levelRollUp'];

/** The movement for the caller; `level` picks the organisation whose units directly below are rolled up (default: the caller's). */
export const getMovement = (id: string, level?: string, signal?: AbortSignal) =>
  api<MovementDetailView>(`/api/v1/movements/${encodeURIComponent(id)}`, { query: level ? { level } : {}, signal });
/** The prefix of every view of one movement (each roll-up level is its own entry). */
export const movementQueryKey = (id: string) => ['movements', 'one', id] as const;
export const movementLevelQueryKey = (id: string, level?: string) => [...movementQueryKey(id), level ?? 'mine'] as const;
export const movementQueryOptions = (id: string, level?: string) =>
  queryOptions({
    queryKey: movementLevelQueryKey(id, level),
    queryFn: ({ signal }) => getMovement(id, level, signal),
    // Changing the roll-up level keeps the page on screen while the new level loads.
    placeholderData: (prev) => (prev?.id === id ? prev : undefined),
  });
export const useMovement = (id: string | undefined, level?: string) => useQuery({ ...movementQueryOptions(id ?? '', level), enabled: Boolean(id) });
