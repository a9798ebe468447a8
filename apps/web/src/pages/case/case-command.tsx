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
import type { CaseDetail } from "./case-types";

/** What every command on a case answers with: the case page as the caller now sees it. */
export interface CaseCommandResult {
  detail: CaseDetail | null;
}

interface CaseCommands {
  caseId: string;
  version: number;
  /**
   * After a step succeeds: the case the command returned takes the place of the one shown
   * (no second fetch), the page's live region says so and focus moves there.
   */
  done(message: string, result: CaseCommandResult): void;
  /** Shows the case a command returned, quietly (a draft saved by itself): focus stays. */
  show(result: CaseCommandResult): void;
  /**
   * The words for a failed step. On a conflict (someone changed the case meanwhile) the case
   * is fetched again, so the next try carries the new version; the form keeps what was typed.
   */
  failed(error: { message: string }): string;
  /** Fetches the case again, quietly; done when fetched. */
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
  const caseKey = useMemo(
    () => trpc.cases.get.queryKey({ caseId: props.caseId }),
    [trpc, props.caseId],
  );
  const refresh = useCallback(async () => {
    await queryClient.invalidateQueries({ queryKey: caseKey });
  }, [queryClient, caseKey]);
  const show = useCallback(
    (result: CaseCommandResult) => {
      // The command's answer is what `cases.get` would say now (R4, decided by the domain):
      // it takes the cached case's place. A step that took the case out of sight fetches.
      if (result.detail) queryClient.setQueryData(caseKey, result.detail);
      else void refresh();
      // Lists that change with the case are fetched again when next shown, not now.
      void queryClient.invalidateQueries({
        queryKey: trpc.tasks.mine.queryKey(),
        refetchType: "none",
      });
      void queryClient.invalidateQueries({
        queryKey: trpc.cases.mine.queryKey(),
        refetchType: "none",
      });
    },
    [queryClient, trpc, caseKey, refresh],
  );
  const value = useMemo<CaseCommands>(
    () => ({
      caseId: props.caseId,
      version: props.version,
      done(message, result) {
        setNews(message);
        setNewsIsProblem(false);
        show(result);
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
      show,
      refresh,
    }),
    [props.caseId, props.version, refresh, show, t, i18n.language],
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
