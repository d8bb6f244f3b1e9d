import { TopicEntity } from './topic.entity';
import { TopicModel } from './topic.model';

/** Entity to GraphQL model, field by field: a new column never reaches the API by accident. */
export function toTopicModel(topic: TopicEntity): TopicModel {
  return {
    id: topic.id,
    slug: topic.slug,
    labelFr: topic.labelFr,
    labelEn: topic.labelEn,
    synonymsFr: topic.synonymsFr,
    synonymsEn: topic.synonymsEn,
    parentId: topic.parentId,
  };
}

/** The label in the viewer's language. */
export function topicLabel(topic: Pick<TopicModel, 'labelFr' | 'labelEn'>, locale: 'fr' | 'en'): string {
  return locale === 'en' ? topic.labelEn : topic.labelFr;
}
