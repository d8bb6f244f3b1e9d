import { UserEntity } from './user.entity';
import { AccountStatus, LocaleCode, UserModel } from './user.model';

/** Entity to GraphQL model, field by field: a new column never reaches the API by accident. */
export function toUserModel(user: UserEntity): UserModel {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    locale: user.locale as LocaleCode,
    title: user.title,
    department: user.department,
    location: user.location,
    status: user.status as AccountStatus,
    createdAt: user.createdAt,
  };
}
