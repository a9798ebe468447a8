import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { type ComponentType, StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { I18nextProvider } from "react-i18next";
import { shouldRetry } from "./api/client-errors";
import { createApiClient, TRPCProvider } from "./api/trpc";
import { createI18n } from "./i18n/create-i18n";

/** Mounts an app with its texts, the query cache and the API client. */
export function renderApp(
  App: ComponentType,
  translations: { da: Record<string, unknown>; en: Record<string, unknown> },
) {
  const i18n = createI18n(translations);
  const queryClient = new QueryClient({
    defaultOptions: { queries: { staleTime: 30_000, retry: shouldRetry } },
  });
  const apiClient = createApiClient();
  const root = document.getElementById("root");
  if (!root) throw new Error("#root is missing");
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <QueryClientProvider client={queryClient}>
          <TRPCProvider trpcClient={apiClient} queryClient={queryClient}>
            <App />
          </TRPCProvider>
        </QueryClientProvider>
      </I18nextProvider>
    </StrictMode>,
  );
}
