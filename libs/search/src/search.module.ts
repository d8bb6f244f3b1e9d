import { Module } from '@nestjs/common';
import { ExpertiseRepository } from './expertise/expertise.repository';
import { ExpertiseService } from './expertise/expertise.service';

/** Expertise discovery: expertise scores per person and topic (search adapters come beside them). */
@Module({
  providers: [ExpertiseRepository, ExpertiseService],
  exports: [ExpertiseService],
})
export class SearchModule {}
