import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

// The route has no response schema in contracts yet; this is the shape it answers today.
export interface Holiday {
  date: string;
  name: string;
  kind: 'official' | 'pending' | 'statutory' | 'compensatory' | string;
  isDayOff: boolean;
}
export interface HolidaysResponse {
  year: number;
  official: boolean;
  holidays: Holiday[];
  schedule: {
    workingWeekendDays?: string[];
    periods?: { name: string; from: string; to: string; note?: string }[];
    source?: string;
  } | null;
}

export const getHolidays = (year: number, signal?: AbortSignal) =>
  api<HolidaysResponse>('/api/v1/calendar/holidays', { query: { year }, signal });

export const holidaysQueryOptions = (year: number) =>
  queryOptions({ queryKey: ['calendar', 'holidays', year], queryFn: ({ signal }) => getHolidays(year, signal), staleTime: 10 * 60_000 });

export const useHolidays = (year: number) => useQuery(holidaysQueryOptions(year));
