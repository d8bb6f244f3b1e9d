import type { Request, Response } from 'express';
import { DataLoaderBag } from './dataloader-bag';

/** What every GraphQL resolver receives as its context. */
export interface GraphqlContext {
  req: Request;
  res: Response;
  loaders: DataLoaderBag;
}
