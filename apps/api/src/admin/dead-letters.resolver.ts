import { Args, Field, ID, Int, Mutation, ObjectType, Query, Resolver, ArgsType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { RequireRoles, Role } from '@relais/identity';
import { JobsService } from '@relais/jobs';

@ObjectType('DeadLetterJob', { description: 'A job that failed every attempt and waits for an admin.' })
class DeadLetterJobModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The queue it failed on.' })
  queue!: string;

  @Field({ description: 'Its payload, as JSON.' })
  data!: string;

  @Field(() => String, { nullable: true })
  error!: string | null;

  @Field(() => Int)
  retries!: number;

  @Field()
  failedAt!: Date;
}

@ObjectType('DeadLetterJobPage')
class DeadLetterJobPageModel {
  @Field(() => [DeadLetterJobModel])
  nodes!: DeadLetterJobModel[];

  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ArgsType()
class DeadLetterPageArgs {
  @Field(() => Int, { defaultValue: 50 })
  @IsInt()
  @Min(1)
  @Max(200)
  first = 50;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  after?: string;
}

@Resolver()
export class DeadLettersResolver {
  constructor(private readonly jobs: JobsService) {}

  @RequireRoles(Role.ADMIN)
  @Query(() => DeadLetterJobPageModel, { description: 'Jobs that used up their retries (admins).' })
  async deadLetterJobs(@Args() { first, after }: DeadLetterPageArgs): Promise<DeadLetterJobPageModel> {
    const { items, hasNextPage } = await this.jobs.deadLetters(first, after);
    return {
      nodes: items.map((item) => ({
        id: item.id,
        queue: item.queue,
        data: JSON.stringify(item.data),
        error: item.error,
        retries: item.retries,
        failedAt: item.failedAt,
      })),
      hasNextPage,
      endCursor: items.length ? items[items.length - 1]!.id : null,
    };
  }

  @RequireRoles(Role.ADMIN)
  @Mutation(() => Boolean, { description: 'Sends a failed job back to its queue for new attempts.' })
  async retryDeadLetterJob(@Args('id', { type: () => ID }) id: string): Promise<boolean> {
    await this.jobs.retryDeadLetter(id);
    return true;
  }
}
