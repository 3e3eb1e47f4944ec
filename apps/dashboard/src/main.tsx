import "@chinhquyenso/react/styles.css";
import "./app.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";

const container = document.getElementById("root");
if (!container) throw new Error("index.html must contain #root");
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
