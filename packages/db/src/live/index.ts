export { type ListsStamp, listsStampFor } from "./lists-stamp";
