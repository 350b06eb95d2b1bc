/** A content problem, reported as `file:line: message` so editors and CI logs can jump to it. */
export interface ContentError {
  file: string;
  line: number;
  message: string;
}

export const formatError = (e: ContentError): string => `${e.file}:${e.line}: ${e.message}`;

export class ErrorSink {
  readonly errors: ContentError[] = [];
  add(file: string, line: number, message: string): void {
    this.errors.push({ file, line: Math.max(1, line), message });
  }
}
