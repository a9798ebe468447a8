import { errorCode, errorMessage, useTRPC } from "@samstemt/ui";
import { useQueryClient } from "@tanstack/react-query";
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useMemo,
  useRef,
  useState,
} from "react";
import { useTranslation } from "react-i18next";
import { flash } from "../../components/flash";

interface CaseCommands {
  caseId: string;
  version: number;
  /** After a step succeeds: say so in the page's live region, move focus there, refetch. */
  done(message: string): void;
  /**
   * The words for a failed step. On a conflict (someone changed the case meanwhile) the case
   * is fetched again, so the next try carries the new version; the form keeps what was typed.
   */
  failed(error: { message: string }): string;
  /** Fetches the case again, quietly (a draft saved by itself, issue 9); done when fetched. */
  refresh(): Promise<void>;
}

const Context = createContext<CaseCommands | null>(null);

export function useCaseCommands(): CaseCommands {
  const value = useContext(Context);
  if (!value) throw new Error("useCaseCommands outside CaseCommandsProvider");
  return value;
}

/** One live region per page, mounted from the start; every step on the case reports there. */
export function CaseCommandsProvider(props: {
  caseId: string;
  version: number;
  children: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [news, setNews] = useState(flash.take);
  const [newsIsProblem, setNewsIsProblem] = useState(false);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const refresh = useCallback(async () => {
    const caseFetched = queryClient.invalidateQueries({
      queryKey: trpc.cases.get.queryKey({ caseId: props.caseId }),
    });
    void queryClient.invalidateQueries({ queryKey: trpc.tasks.mine.queryKey() });
    void queryClient.invalidateQueries({ queryKey: trpc.cases.mine.queryKey() });
    await caseFetched;
  }, [queryClient, trpc, props.caseId]);
  const value = useMemo<CaseCommands>(
    () => ({
      caseId: props.caseId,
      version: props.version,
      done(message) {
        setNews(message);
        setNewsIsProblem(false);
        void refresh();
        // After the panel that was used has gone, focus is on the news, not lost.
        requestAnimationFrame(() => statusRef.current?.focus());
      },
      failed(error) {
        if (errorCode(error) === "CONFLICT") {
          void refresh();
          // Said at the top of the page too: the panel the user was in may be gone once the
          // newer case has loaded (someone else took the step).
          setNews(t("case.conflict"));
          setNewsIsProblem(true);
          return t("case.conflict");
        }
        return errorMessage(error, i18n.language);
      },
      refresh,
    }),
    [props.caseId, props.version, refresh, t, i18n.language],
  );
  return (
    <Context.Provider value={value}>
      <p
        role="status"
        ref={statusRef}
        tabIndex={-1}
        className={news ? (newsIsProblem ? "error" : "success") : "visually-hidden"}
      >
        {news}
      </p>
      {props.children}
    </Context.Provider>
  );
}
