import "@samstemt/ui/styles.css";
import "./dashboard.css";
import { renderApp } from "@samstemt/ui";
import { App } from "./app";
import { dashboardDa, dashboardEn } from "./translations";

renderApp(App, { da: dashboardDa, en: dashboardEn });
