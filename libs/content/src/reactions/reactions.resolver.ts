import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Viewer } from '@relais/identity';
import { ReactionStateModel } from './reaction.model';
import { ReactArgs, ReactionSubjectInput } from './reactions.inputs';
import { ReactionsService } from './reactions.service';

@Resolver()
export class ReactionsResolver {
  constructor(private readonly reactions: ReactionsService) {}

  @Mutation(() => ReactionStateModel, {
    description:
      'One reaction per person per post or comment: another kind changes it, the same kind again is a ' +
      'CONFLICT. In a community, members only.',
  })
  react(@CurrentViewer() viewer: Viewer, @Args() { subject, kind }: ReactArgs): Promise<ReactionStateModel> {
    return this.reactions.react(viewer, subject, kind);
  }

  @Mutation(() => ReactionStateModel, { description: 'Removes your reaction.' })
  unreact(
    @CurrentViewer() viewer: Viewer,
    @Args('subject') subject: ReactionSubjectInput,
  ): Promise<ReactionStateModel> {
    return this.reactions.unreact(viewer, subject);
  }
}
