import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC_ROUTE = 'medchat:is-public-route';

/** Marks a route (or controller) as reachable without an access token. */
export const Public = () => SetMetadata(IS_PUBLIC_ROUTE, true);
