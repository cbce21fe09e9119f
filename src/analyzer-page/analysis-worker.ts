/**
 * Runs the analysis off the page's main thread, so that a megabyte of pasted text never freezes
 * the page. Receives the text and answers with a structured-cloneable AnalysisReply.
 */
import { analyzeForPage } from '../analysis/for-page';

self.addEventListener('message', (event: MessageEvent<string>) => {
  self.postMessage(analyzeForPage(String(event.data)));
});
