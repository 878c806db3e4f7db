import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { Router } from 'wouter';
import { createQueryClient } from '../lib/query-client';
import { useHashRoute } from '../lib/hash-location';

/** App-wide context: the query client for catalog data and hash routing for deep links. */
export function Providers({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <Router hook={useHashRoute}>{children}</Router>
    </QueryClientProvider>
  );
}
