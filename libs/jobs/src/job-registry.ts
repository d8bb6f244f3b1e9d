import { Injectable } from '@nestjs/common';
import { JobDefinition } from './job-definition';

/**
 * Contexts declare their queues here in `onModuleInit`; JobsService creates the queues and, in processes
 * that run workers, starts the consumers in `onApplicationBootstrap`.
 */
@Injectable()
export class JobRegistry {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each queue has its own payload type
  private readonly definitions = new Map<string, JobDefinition<any>>();

  define<T extends object>(definition: JobDefinition<T>): void {
    if (this.definitions.has(definition.queue)) throw new Error(`Queue ${definition.queue} is defined twice`);
    this.definitions.set(definition.queue, definition);
  }

  get(queue: string): JobDefinition | undefined {
    return this.definitions.get(queue);
  }

  all(): JobDefinition[] {
    return [...this.definitions.values()];
  }
}
