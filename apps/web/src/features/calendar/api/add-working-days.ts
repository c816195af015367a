import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { AddWorkingDaysResult } from '@thidua/contracts';
import { api } from '@/lib/api-client';

export type AddWorkingDaysResponse = z.infer<typeof AddWorkingDaysResult>;

/** The N-th working day after `from` (RULES.md §6: Mon–Fri minus holidays and days off, plus make-up days). */
export const addWorkingDays = (from: string, days: number, signal?: AbortSignal) =>
  api<AddWorkingDaysResponse>('/api/v1/calendar/add-working-days', { query: { from, days }, signal });

export const addWorkingDaysQueryOptions = (from: string, days: number) =>
  queryOptions({
    queryKey: ['calendar', 'add', from, days],
    queryFn: ({ signal }) => addWorkingDays(from, days, signal),
    staleTime: 5 * 60_000,
  });

export const useAddWorkingDays = (input: { from: string; days: number } | null) =>
  useQuery({ ...addWorkingDaysQueryOptions(input?.from ?? '', input?.days ?? 0), enabled: input !== null });
