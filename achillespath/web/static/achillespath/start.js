// Progressive enhancement only: every page works without JavaScript.
// The design system's components start when the body says the browser supports them (its own
// template does this with an inline script, which our Content-Security-Policy forbids).
import { initAll } from "../frontend/nhsuk-frontend.min.js";

document.body.classList.add("js-enabled", "nhsuk-frontend-supported");
initAll();
