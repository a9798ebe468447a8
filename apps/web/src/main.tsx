import "@samstemt/ui/styles.css";
import { renderApp } from "@samstemt/ui";
import { App } from "./app";
import { webDa, webEn } from "./translations";

renderApp(App, { da: webDa, en: webEn });
