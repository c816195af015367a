import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { PersonHistory, Rating } from './get-person-history';
import { useOnHistoryWritten } from './history-writes';

/** Sets (or replaces) the annual rating of a year; answers the whole history. */
export const setRating = (personId: string, year: number, rating: Rating) =>
  api<PersonHistory>(`/api/v1/people/${encodeURIComponent(personId)}/ratings/${year}`, { method: 'PUT', body: { rating } });

export function useSetRating(personId: string) {
  const onWritten = useOnHistoryWritten(personId);
  return useMutation({ mutationFn: (v: { year: number; rating: Rating }) => setRating(personId, v.year, v.rating), onSuccess: onWritten });
}
