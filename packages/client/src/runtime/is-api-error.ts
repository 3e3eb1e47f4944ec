import type { OperationErrors, OperationId } from "../generated/types";
import { ApiError } from "./errors";

/**
 * True when `error` is an ApiError thrown by `operationId`; narrows it to the statuses that operation
 * declares, so `if (error.status === 422) error.problem.errors` type-checks.
 */
export function isApiError<Op extends OperationId>(
  error: unknown,
  operationId: Op,
): error is OperationErrors[Op] {
  return error instanceof ApiError && error.operationId === operationId;
}
