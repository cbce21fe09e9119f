import type { AnalysisReply } from '../analysis/for-page';

let worker: Worker | undefined;

function startWorker(): Worker {
  worker ??= new Worker(new URL('./analysis-worker.ts', import.meta.url), { type: 'module' });
  return worker;
}

/** Starts the worker as the page loads, so that the tool keeps working if the network goes away. */
export function prepareAnalysis(): void {
  if (typeof Worker !== 'undefined') startWorker();
}

/**
 * Analyses the text in a Web Worker (the page stays responsive), or on the main thread where
 * workers are unavailable. Only the latest request is answered; older ones are dropped.
 */
export async function runAnalysis(text: string): Promise<AnalysisReply> {
  if (typeof Worker === 'undefined') return (await import('../analysis/for-page')).analyzeForPage(text);
  const w = startWorker();
  return new Promise((resolve, reject) => {
    w.onmessage = (event: MessageEvent<AnalysisReply>) => resolve(event.data);
    w.onerror = (event) => { event.preventDefault(); worker = undefined; w.terminate(); reject(new Error(event.message)); };
    w.postMessage(text);
  });
}
