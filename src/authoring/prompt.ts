import { createInterface } from 'node:readline';

export interface Question {
  text: string;
  /** Taken when the answer is empty; shown in brackets. */
  default?: string;
  /** A message when the answer cannot be used; the question is asked again. */
  check?: (answer: string) => string | undefined;
}

export interface Prompter {
  ask(question: Question): Promise<string>;
  close(): void;
}

/** The user pressed Ctrl+C or closed the input: nothing is written. */
export class PromptCancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

/**
 * Questions on a terminal, one line each. Works on any pair of streams, so tests drive it
 * with plain text instead of a terminal.
 *
 * On a terminal, lines that arrive together were pasted, not typed: they make one answer, with
 * its line breaks, for the question's `check` to refuse. Otherwise the second line of a name
 * pasted from a letterhead would silently answer the next question.
 */
export function createPrompter(input: NodeJS.ReadableStream, output: NodeJS.WritableStream, requiredMessage: string): Prompter {
  const terminal = Boolean((input as { isTTY?: boolean }).isTTY);
  const rl = createInterface({ input, output, terminal });
  const lines: string[] = [];
  const waiting: { resolve: (line: string) => void; reject: (err: Error) => void }[] = [];
  let closed = false;
  const deliver = (answer: string) => {
    const next = waiting.shift();
    if (next) next.resolve(answer);
    else lines.push(answer);
  };
  let paste: string[] | undefined;
  rl.on('line', (line) => {
    if (!terminal) return deliver(line);
    if (paste) return void paste.push(line);
    paste = [line];
    setImmediate(() => {
      deliver(paste!.join('\n'));
      paste = undefined;
    });
  });
  const cancel = () => {
    closed = true;
    for (const w of waiting.splice(0)) w.reject(new PromptCancelled());
  };
  rl.on('close', cancel);
  rl.on('SIGINT', () => rl.close());
  const nextLine = () =>
    new Promise<string>((resolve, reject) => {
      const ready = lines.shift();
      if (ready !== undefined) resolve(ready);
      else if (closed) reject(new PromptCancelled());
      else waiting.push({ resolve, reject });
    });

  return {
    async ask(q) {
      for (;;) {
        output.write(q.default ? `${q.text} [${q.default}]: ` : `${q.text}: `);
        const answer = (await nextLine()).trim() || q.default || '';
        const problem = answer === '' ? requiredMessage : q.check?.(answer);
        if (!problem) return answer;
        output.write(`  ${problem}\n`);
      }
    },
    close: () => rl.close(),
  };
}
