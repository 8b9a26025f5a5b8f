/** Runs async tasks one after another (a connection holds one transaction at a time). */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task, task);
    this.tail = result.catch(() => undefined);
    return result;
  }

  /** Resolves when every queued task has finished. */
  async idle(): Promise<void> {
    await this.tail;
  }
}
