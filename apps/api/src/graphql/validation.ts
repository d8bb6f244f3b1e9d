import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';

/** Each failed constraint's message, under the dotted path of its field (`title`, `topics.0`). */
export function validationFields(errors: readonly ValidationError[], prefix = ''): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const messages = Object.values(error.constraints ?? {});
    if (messages.length) (fields[path] ??= []).push(...messages);
    Object.assign(fields, validationFields(error.children ?? [], path));
  }
  return fields;
}

/**
 * Input validation for every argument: a refusal carries the messages (`problems`) and, per field, the
 * messages that concern it (`fields`), so a form shows each under its field.
 */
export function inputValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: true,
    exceptionFactory: (errors) => {
      const fields = validationFields(errors);
      return new BadRequestException({ message: Object.values(fields).flat(), fields });
    },
  });
}
