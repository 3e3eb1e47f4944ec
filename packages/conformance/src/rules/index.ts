// The catalogue of rules, in report order.
import type { Rule } from "../rule";
import { authorizationRules } from "./authorization";
import { paginationRules } from "./pagination";
import { rateLimitRules } from "./rate-limit";
import { responseRules } from "./responses";
import { streamRules } from "./stream";
import { validationRules } from "./validation";
import { webhookRules } from "./webhooks";
import { writeRules } from "./writes";

export const RULES: readonly Rule[] = [
  ...responseRules,
  ...validationRules,
  ...authorizationRules,
  ...writeRules,
  ...paginationRules,
  ...streamRules,
  ...webhookRules,
  ...rateLimitRules,
];
