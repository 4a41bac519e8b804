// generated — run npm run gen:api (do not edit by hand).
// Source: the server's OpenAPI document (GET /api/docs/json), built in-process by scripts/api-contract.ts.

/** OneOf type helpers */
type Without<T, U> = { [P in Exclude<keyof T, keyof U>]?: never };
type XOR<T, U> = (T | U) extends object ? (Without<T, U> & U) | (Without<U, T> & T) : T | U;
type OneOf<T extends any[]> = T extends [infer Only] ? Only : T extends [infer A, infer B, ...infer Rest] ? OneOf<[XOR<A, B>, ...Rest]> : never;

export type paths = {
  "/api/accountability/records": {
    /** Rewards and penalties, newest first (without accountability.read: only those about oneself) */
    get: {
      parameters: {
        query?: {
          from?: string;
          to?: string;
          userId?: string;
          departmentId?: string;
          caseNumber?: string;
          direction?: "reward" | "penalty";
          includeRevoked?: "true" | "false";
          limit?: number;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              items: components["schemas"]["AccountabilityRecord"][];
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
    /** Record a reward or penalty (idempotent with an Idempotency-Key header); on a case, its timeline shows it */
    post: {
      parameters: {
        header?: {
          "idempotency-key"?: string;
        };
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["CreateAccountabilityRecordInput"];
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["AccountabilityRecord"];
          };
        };
        /** @description Default Response */
        201: {
          content: {
            "application/json": components["schemas"]["AccountabilityRecord"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        422: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/accountability/records/{id}/revoke": {
    /** Revoke a mistaken record with a reason (the record stays; a second revocation answers 409) */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["RevokeAccountabilityRecordInput"];
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["AccountabilityRecord"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/accountability/summary": {
    /** Per department and person: cases with responsibility decided in the period, by root cause, where responsible; rewards and penalties */
    get: {
      parameters: {
        query: {
          from: string;
          to: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["AccountabilitySummary"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/actions": {
    /** The 待执行 inbox: open actions of the caller's department (all for managers), overdue first */
    get: {
      parameters: {
        query?: {
          kind?: string;
          overdue?: "true" | "false";
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["ExecutionInbox"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/actions/{id}/cancel": {
    /** Cancel an open action, with a reason (agents, supervisors, managers, the administrator) */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["CancelExecutionActionInput"];
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["ExecutionAction"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/actions/{id}/complete": {
    /** Mark an action done (a repair with its record; money posts its cost); a second completion answers 409 */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["CompleteExecutionActionInput"];
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["ExecutionAction"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/actions/{id}/fail": {
    /** Mark an action failed, with a note (a new action may retry it) */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["FailExecutionActionInput"];
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["ExecutionAction"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/actions/count": {
    /** How many open actions await the caller’s department, and how many are overdue (the menu badge) */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              count: number;
              overdue: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/admin/audit": {
    /** Who changed what in the administration (users, departments, configuration), newest first */
    get: {
      parameters: {
        query?: {
          entity?: "user" | "department" | "category" | "routing_rule" | "sla_policy" | "calendar" | "priority_rules" | "preset" | "cause" | "stage" | "callback_window" | "partner" | "resolution_settings" | "execution_settings" | "cost_budget" | "cost_settings" | "remedy_catalogue" | "evidence_checklist" | "customer" | "retention_policy" | "message_template" | "notification_channel" | "outbox_message" | "callback_settings" | "store";
          entityId?: string;
          limit?: number;
          cursor?: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["AdminAuditPage"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/admin/calendars": {
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              items: components["schemas"]["BusinessCalendar"][];
            };
          };
        };
      };
    };
  };
  "/api/admin/calendars/{id}": {
    patch: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            definition?: {
              /** @enum {string} */
              kind: "24x7";
            } | ({
              /** @enum {string} */
              holidays: "cn-statutory" | "none";
              /** @enum {string} */
              kind: "working_hours";
              overrides: ({
                  date: string;
                  name?: string;
                  periods?: {
                      end: string;
                      start: string;
                    }[];
                  /** @enum {string} */
                  type: "off" | "workday";
                })[];
              timezone: string;
              weekly: {
                [key: string]: {
                    end: string;
                    start: string;
                  }[];
              };
            });
            name?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["BusinessCalendar"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/admin/callback-settings": {
    /** Calls nobody answered before a customer is recorded as unreachable */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["CallbackSettings"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
    /** Set the calls before unreachable (audited) */
    put: {
      requestBody: {
        content: {
          "application/json": components["schemas"]["CallbackSettingsInput"];
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["CallbackSettings"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/admin/callback-window": {
    /** The satisfaction-callback window after resolution (回访窗口) */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["CallbackWindow"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
    /** Set the satisfaction-callback window */
    put: {
      requestBody: {
        content: {
          "application/json": components["schemas"]["CallbackWindowInput"];
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["CallbackWindow"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/admin/categories": {
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              items: components["schemas"]["CategoryAdmin"][];
            };
          };
        };
      };
    };
    post: {
      requestBody: {
        content: {
          "application/json": {
            /**
             * @default normal
             * @enum {string}
             */
            baseUrgency?: "normal" | "urgent" | "critical";
            code: string;
            definitionEn?: string | null;
            definitionZh?: string | null;
            /** @default false */
            foodSafety?: boolean;
            /** @default [] */
            keywords?: {
                term: string;
                weight: number;
              }[];
            nameEn: string;
            nameZh: string;
            /** @enum {string|null} */
            nature?: "service_quality" | "operation_error" | "information" | "fee_dispute" | null;
            /** @default 100 */
            sortOrder?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": components["schemas"]["CategoryAdmin"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/admin/categories/{code}": {
    patch: {
      parameters: {
        path: {
          code: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            active?: boolean;
            /**
             * @default normal
             * @enum {string}
             */
            baseUrgency?: "normal" | "urgent" | "critical";
            definitionEn?: string | null;
            definitionZh?: string | null;
            /** @default false */
            foodSafety?: boolean;
            /** @default [] */
            keywords?: {
                term: string;
                weight: number;
              }[];
            nameEn?: string;
            nameZh?: string;
            /** @enum {string|null} */
            nature?: "service_quality" | "operation_error" | "information" | "fee_dispute" | null;
            /** @default 100 */
            sortOrder?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["CategoryAdmin"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/admin/causes": {
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              items: components["schemas"]["CauseAdmin"][];
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
    /** Add a cause (409 when the code is taken) */
    post: {
      requestBody: {
        content: {
          "application/json": components["schemas"]["CreateCauseInput"];
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": components["schemas"]["CauseAdmin"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/admin/causes/{code}": {
    /** Edit a cause; `active: false` deactivates it (cases keep the code) */
    patch: {
      parameters: {
        path: {
          code: string;
        };
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["UpdateCauseInput"];
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["CauseAdmin"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/admin/classifier": {
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              model: components["schemas"]["ClassifierModel"] | null;
            };
          };
        };
      };
    };
  };
  "/api/admin/classifier/retrain": {
    post: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              examples: number;
              trained: boolean;
            };
          };
        };
      };
    };
  };
  "/api/admin/cost-settings": {
    /** The handling-labour rate, fen per hour (the preset’s default until saved) */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["CostSettings"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
    /** Save the handling-labour rate (audited); new labour entries use it, posted ones keep theirs */
    put: {
      requestBody: {
        content: {
          "application/json": components["schemas"]["CostSettingsBodyInput"];
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["CostSettings"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/admin/customers/{id}/erase": {
    /** Erase one customer's personal data, keeping the timeline's events (rule 28); idempotent, audited */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["CustomerErasureRequestInput"];
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["CustomerErasure"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/admin/customers/{id}/export": {
    /** Everything held about one customer (record, cases, timeline, files list); audited (rule 28) */
    get: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["CustomerExport"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/admin/evidence-checklists": {
    /** Every active category’s evidence checklist (the preset’s until edited), with the preset’s defaults */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              items: components["schemas"]["CategoryEvidenceChecklist"][];
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/admin/evidence-checklists/{category}": {
    /** Replace a category’s evidence checklist (audited); marks already on cases are kept */
    put: {
      parameters: {
        path: {
          category: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            items: {
                code: string;
                en: string;
                required: boolean;
                zh: string;
              }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["CategoryEvidenceChecklist"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
    /** Restore the preset’s evidence checklist of a category (audited) */
    delete: {
      parameters: {
        path: {
          category: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["CategoryEvidenceChecklist"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/admin/execution-settings": {
    /** The department that carries out each kind of action by default (the preset’s until saved) */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["ExecutionSettings"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
    /** Save the default departments per kind of action (audited); new actions use them */
    put: {
      requestBody: {
        content: {
          "application/json": {
            departments: {
              /** @enum {string} */
              compensation: "service" | "dispatch" | "quality" | "warehouse" | "logistics" | "finance" | "store";
              /** @enum {string} */
              fee_waiver: "service" | "dispatch" | "quality" | "warehouse" | "logistics" | "finance" | "store";
              /** @enum {string} */
              keep_wrong_item: "service" | "dispatch" | "quality" | "warehouse" | "logistics" | "finance" | "store";
              /** @enum {string} */
              other: "service" | "dispatch" | "quality" | "warehouse" | "logistics" | "finance" | "store";
              /** @enum {string} */
              refund: "service" | "dispatch" | "quality" | "warehouse" | "logistics" | "finance" | "store";
              /** @enum {string} */
              repair: "service" | "dispatch" | "quality" | "warehouse" | "logistics" | "finance" | "store";
              /** @enum {string} */
              replace: "service" | "dispatch" | "quality" | "warehouse" | "logistics" | "finance" | "store";
              /** @enum {string} */
              resend: "service" | "dispatch" | "quality" | "warehouse" | "logistics" | "finance" | "store";
              /** @enum {string} */
              return_wrong_item: "service" | "dispatch" | "quality" | "warehouse" | "logistics" | "finance" | "store";
              /** @enum {string} */
              voucher: "service" | "dispatch" | "quality" | "warehouse" | "logistics" | "finance" | "store";
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["ExecutionSettings"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/admin/message-templates": {
    /** Every event × channel × language template in effect (own or built-in) */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["MessageTemplates"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/admin/message-templates/{event}/{channel}/{language}": {
    /** Set a template; an unknown variable is a field error; audited */
    put: {
      parameters: {
        path: {
          event: "received" | "assigned" | "progress_reply" | "remedy_offered" | "remedy_executed" | "resolved" | "survey" | "otp";
          channel: "sms" | "wechat" | "email";
          language: "zh" | "en";
        };
      };
      requestBody: {
        content: {
          "application/json": {
            body: string;
            providerTemplateId?: string | null;
            subject?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["MessageTemplates"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
    /** Back to the built-in template; audited */
    delete: {
      parameters: {
        path: {
          event: "received" | "assigned" | "progress_reply" | "remedy_offered" | "remedy_executed" | "resolved" | "survey" | "otp";
          channel: "sms" | "wechat" | "email";
          language: "zh" | "en";
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["MessageTemplates"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/admin/notification-channels": {
    /** Channel settings (keys shown only as set / unset) */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["ChannelSettingsList"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/admin/notification-channels/{channel}": {
    /** Set a channel's driver, options and keys (write-only); audited */
    put: {
      parameters: {
        path: {
          channel: "sms" | "wechat" | "email";
        };
      };
      requestBody: {
        content: {
          "application/json": {
            driver: string;
            enabled: boolean;
            /** @default 8 */
            maxAttempts?: number;
            /** @default {} */
            options?: {
              [key: string]: string | number | boolean;
            };
            /** @default {} */
            secrets?: {
              [key: string]: string | null;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["ChannelSettings"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/admin/notification-channels/{channel}/test": {
    /** Send a test message now through the channel */
    post: {
      parameters: {
        path: {
          channel: "sms" | "wechat" | "email";
        };
      };
      requestBody: {
        content: {
          "application/json": {
            /**
             * @default zh
             * @enum {string}
             */
            language?: "zh" | "en";
            to: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["TestSendResult"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/admin/outbox": {
    /** Customer messages, newest first, with filters and cursor paging */
    get: {
      parameters: {
        query?: {
          status?: "pending" | "sending" | "sent" | "failed" | "suppressed";
          channel?: "sms" | "wechat" | "email";
          event?: "received" | "assigned" | "progress_reply" | "remedy_offered" | "remedy_executed" | "resolved" | "survey" | "otp";
          caseNumber?: string;
          cursor?: string;
          limit?: number;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["OutboxPage"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/admin/outbox/{id}": {
    /** One customer message with its variables */
    get: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["OutboxMessageDetail"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/admin/outbox/{id}/retry": {
    /** Send a failed message again (fresh attempts); audited */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["OutboxMessage"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/admin/partners": {
    /** Add a carrier, supplier or outlet (409 when one of that kind has the name) */
    post: {
      requestBody: {
        content: {
          "application/json": components["schemas"]["CreatePartnerInput"];
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": components["schemas"]["Partner"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/admin/partners/{id}": {
    /** Edit a partner; `active: false` deactivates it (cases keep the reference) */
    patch: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["UpdatePartnerInput"];
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["Partner"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/admin/presets": {
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              current: string | null;
              items: {
                  categories: number;
                  code: string;
                  nameEn: string;
                  nameZh: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/admin/presets/{code}/apply": {
    /** Apply an industry preset (categories, routing rules, time limits) */
    post: {
      parameters: {
        path: {
          code: string;
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          content: {
            "application/json": null;
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/admin/priority-rules": {
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              rules: {
                [key: string]: unknown;
              } | null;
            };
          };
        };
      };
    };
    put: {
      requestBody: {
        content: {
          "application/json": {
            rules: {
              [key: string]: unknown;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              rules: {
                [key: string]: unknown;
              } | null;
            };
          };
        };
      };
    };
  };
  "/api/admin/privacy/phone-reads": {
    /** Who read unmasked phone numbers in bulk, newest first (rule 29) */
    get: {
      parameters: {
        query?: {
          limit?: number;
          cursor?: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["PhoneReadsPage"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/admin/privacy/retention": {
    /** Retention period per kind of personal data, in days (rule 27) */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["PrivacyRetention"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
    /** Set retention periods (rule 27); audited */
    put: {
      requestBody: {
        content: {
          "application/json": components["schemas"]["PrivacyRetentionUpdateInput"];
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["PrivacyRetention"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/admin/recompute-requests": {
    /** Recomputations of open cases after a policy, calendar or preset change: every pending one (oldest first), then the latest finished */
    get: {
      parameters: {
        query?: {
          finished?: number;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              items: components["schemas"]["RecomputeRequest"][];
              pending: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/admin/remedy-catalogue": {
    /** Save the remedy catalogue (every kind once; audited); proposals from now on offer only the enabled kinds */
    put: {
      requestBody: {
        content: {
          "application/json": {
            items: ({
                carriesMoney: boolean;
                descriptionEn: string;
                descriptionZh: string;
                enabled: boolean;
                /** @enum {string} */
                kind: "apology" | "search_recover" | "resend" | "replace" | "repair" | "refund" | "fee_waiver" | "compensation" | "voucher" | "discipline" | "process_fix";
                labelEn: string;
                labelZh: string;
              })[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["RemedyCatalogue"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/admin/resolution-settings": {
    /** The compensation policy and the authority limits (the preset’s defaults until saved) */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["ResolutionSettings"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
    /** Save the compensation policy and the authority limits (audited); new remedies use them, proposed ones keep theirs */
    put: {
      requestBody: {
        content: {
          "application/json": {
            authorityLimits: {
              agent: number;
              handler: number;
              manager: number;
              supervisor: number;
            };
            compensationPolicy: {
              completeDelay: {
                enabled: boolean;
                otherDays: number;
                sameCityDays: number;
              };
              delayDestroysValue: {
                enabled: boolean;
              };
              delayFeeWaiver: {
                enabled: boolean;
              };
              foodSafety: {
                enabled: boolean;
                lossMultiple: number;
                minimumExtraFen: number;
                priceMultiple: number;
              };
              fraud: {
                /** @enum {string} */
                basis: "goods_price" | "service_fee";
                enabled: boolean;
                minimumExtraFen: number;
                priceMultiple: number;
              };
              insuredDeclaredValue: {
                enabled: boolean;
                payProvenLossWithinDeclared: boolean;
              };
              noReasonReturn: {
                enabled: boolean;
                /** @enum {string} */
                returnFreightPaidBy: "customer" | "merchant";
                windowDays: number;
              };
              orderRefund: {
                enabled: boolean;
              };
              qualityRefundVoucher: {
                enabled: boolean;
                percentOfPrice: number;
              };
              qualityReturn: {
                enabled: boolean;
                windowDays: number;
              };
              threeGuarantees: {
                choiceWindowDays: number;
                enabled: boolean;
                exchangeWindowDays: number;
              };
              uninsuredFeeMultiple: {
                enabled: boolean;
                feeMultiple: number;
              };
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["ResolutionSettings"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/admin/resolution-settings/defaults": {
    /** The industry preset’s default policy, limits and catalogue, and the rules’ numbers and sources (no write) */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["ResolutionDefaults"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/admin/resolution-settings/preview": {
    /** The compensation calculator on a sample incident with an edited, unsaved policy: which rule gives which amount (no write) */
    post: {
      requestBody: {
        content: {
          "application/json": {
            compensationPolicy: {
              completeDelay: {
                enabled: boolean;
                otherDays: number;
                sameCityDays: number;
              };
              delayDestroysValue: {
                enabled: boolean;
              };
              delayFeeWaiver: {
                enabled: boolean;
              };
              foodSafety: {
                enabled: boolean;
                lossMultiple: number;
                minimumExtraFen: number;
                priceMultiple: number;
              };
              fraud: {
                /** @enum {string} */
                basis: "goods_price" | "service_fee";
                enabled: boolean;
                minimumExtraFen: number;
                priceMultiple: number;
              };
              insuredDeclaredValue: {
                enabled: boolean;
                payProvenLossWithinDeclared: boolean;
              };
              noReasonReturn: {
                enabled: boolean;
                /** @enum {string} */
                returnFreightPaidBy: "customer" | "merchant";
                windowDays: number;
              };
              orderRefund: {
                enabled: boolean;
              };
              qualityRefundVoucher: {
                enabled: boolean;
                percentOfPrice: number;
              };
              qualityReturn: {
                enabled: boolean;
                windowDays: number;
              };
              threeGuarantees: {
                choiceWindowDays: number;
                enabled: boolean;
                exchangeWindowDays: number;
              };
              uninsuredFeeMultiple: {
                enabled: boolean;
                feeMultiple: number;
              };
            };
            facts: {
              declaredValueFen?: number | null;
              freightFen?: number | null;
              insured?: boolean;
              itemPriceFen?: number | null;
              /** Format: date-time */
              promisedDeliveryAt?: string | null;
              quantity?: number | null;
              /** @enum {string|null} */
              serviceType?: "same_city" | "intra_province" | "inter_province" | null;
            };
            incident: {
              addOnFeesFen?: number;
              /** @enum {string|null} */
              choice?: "return" | "exchange" | "repair" | null;
              claimedFen?: number | null;
              damagedParts?: number;
              daysSinceReceipt?: number;
              daysSinceSale?: number;
              /** Format: date-time */
              deliveredAt?: string | null;
              /** @enum {string|null} */
              excuse?: "wrong_address" | "recipient_unreachable" | null;
              /** @enum {string|null} */
              exemption?: "force_majeure" | "natural_properties" | "customer_fault" | null;
              foodSafety?: boolean;
              fraud?: boolean;
              freshFood?: boolean;
              intact?: boolean;
              /** @enum {string} */
              kind: "delay" | "loss" | "damage" | "no_reason_return" | "quality_defect" | "performance_fault" | "other";
              proven?: boolean;
              returnFreightFen?: number;
              threeGuaranteesListed?: boolean;
              totalParts?: number;
              valueDestroyed?: boolean;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["RemedyCalculation"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/admin/routing-rules": {
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              items: components["schemas"]["RoutingRule"][];
            };
          };
        };
      };
    };
    post: {
      requestBody: {
        content: {
          "application/json": {
            /** @default true */
            active?: boolean;
            category?: string | null;
            channel?: string | null;
            /** Format: uuid */
            departmentId: string;
            position: number;
            stage?: string | null;
            storePrefix?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": components["schemas"]["RoutingRule"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/admin/routing-rules/{id}": {
    delete: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          content: {
            "application/json": null;
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
    patch: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            /** @default true */
            active?: boolean;
            category?: string | null;
            channel?: string | null;
            /** Format: uuid */
            departmentId?: string;
            position?: number;
            stage?: string | null;
            storePrefix?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["RoutingRule"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/admin/sla-policies": {
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              items: components["schemas"]["SlaPolicy"][];
            };
          };
        };
      };
    };
    post: {
      requestBody: {
        content: {
          "application/json": {
            /** @default true */
            active?: boolean;
            /** Format: uuid */
            calendarId?: string | null;
            category?: string | null;
            name: string;
            policy: {
              escalation: {
                managerAfterBreachMinutes: number | null;
                supervisorAfterBreachMinutes: number | null;
              };
              pauseStatuses: string[];
              targets: ({
                  /** @enum {string} */
                  calendar: "business" | "calendar";
                  escalation?: {
                    managerAfterBreachMinutes: number | null;
                    supervisorAfterBreachMinutes: number | null;
                  };
                  minutes: number;
                  pausable: boolean;
                  /** @enum {string} */
                  target: "acknowledge" | "first_reply" | "resolution" | "legal_outer_limit" | "appeal_reply";
                })[];
              warnAtShare: number;
            };
            /** @default 0 */
            position?: number;
            /** @enum {string|null} */
            priority?: "P1" | "P2" | "P3" | "P4" | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": components["schemas"]["SlaPolicy"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/admin/sla-policies/{id}": {
    delete: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          content: {
            "application/json": null;
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
    patch: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            /** @default true */
            active?: boolean;
            /** Format: uuid */
            calendarId?: string | null;
            category?: string | null;
            name?: string;
            policy?: {
              escalation: {
                managerAfterBreachMinutes: number | null;
                supervisorAfterBreachMinutes: number | null;
              };
              pauseStatuses: string[];
              targets: ({
                  /** @enum {string} */
                  calendar: "business" | "calendar";
                  escalation?: {
                    managerAfterBreachMinutes: number | null;
                    supervisorAfterBreachMinutes: number | null;
                  };
                  minutes: number;
                  pausable: boolean;
                  /** @enum {string} */
                  target: "acknowledge" | "first_reply" | "resolution" | "legal_outer_limit" | "appeal_reply";
                })[];
              warnAtShare: number;
            };
            /** @default 0 */
            position?: number;
            /** @enum {string|null} */
            priority?: "P1" | "P2" | "P3" | "P4" | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["SlaPolicy"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/admin/stages": {
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              items: components["schemas"]["StageAdmin"][];
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
    /** Add a stage (409 when the code is taken) */
    post: {
      requestBody: {
        content: {
          "application/json": components["schemas"]["CreateStageInput"];
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": components["schemas"]["StageAdmin"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/admin/stages/{code}": {
    /** Edit a stage; `active: false` deactivates it (cases keep the code) */
    patch: {
      parameters: {
        path: {
          code: string;
        };
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["UpdateStageInput"];
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["StageAdmin"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/admin/stores": {
    /** Stores / outlets with the portal link their QR code opens */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              items: components["schemas"]["Store"][];
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
    post: {
      requestBody: {
        content: {
          "application/json": {
            active?: boolean;
            code: string;
            name: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": components["schemas"]["Store"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/admin/stores/{id}": {
    patch: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            active?: boolean;
            name?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["Store"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/admin/sweep": {
    /** Run the time-limit sweep now (it also runs by itself) */
    post: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              actions: number;
            };
          };
        };
      };
    };
  };
  "/api/admin/sweep-failures": {
    /** Cases the time-limit sweep failed on and will retry, latest attempt first (a case leaves the list once swept) */
    get: {
      parameters: {
        query?: {
          limit?: number;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              items: components["schemas"]["SweepFailure"][];
              total: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/approvals": {
    /** The approvals inbox 待审批: remedies awaiting a level the caller may act on */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              count: number;
              items: components["schemas"]["Remedy"][];
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/approvals/count": {
    /** How many remedies await the caller (the menu badge) */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              count: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/attachments/{id}": {
    get: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description The file, inline for images and PDFs, as a download otherwise */
        200: {
          content: {
            "application/octet-stream": string;
          };
        };
      };
    };
  };
  "/api/attachments/{id}/hide": {
    /** Hide an evidence file with a reason (administrators; the file is kept unchanged, never deleted) */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["Attachment"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/auth/login": {
    post: {
      requestBody: {
        content: {
          "application/json": {
            password: string;
            username: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              user: components["schemas"]["User"];
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        429: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/auth/logout": {
    post: {
      responses: {
        /** @description Signed out; the session cookie is cleared */
        204: {
          content: never;
        };
      };
    };
  };
  "/api/auth/me": {
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["Me"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/auth/session": {
    /** The signed-in user (the body of /api/auth/me), or { user: null } without a session */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["Session"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/callbacks": {
    /** The callback queue: one tab (to call today — inside the window —, overdue, upcoming, done) and the counts of all four */
    get: {
      parameters: {
        query?: {
          bucket?: "due_today" | "overdue" | "upcoming" | "done";
          limit?: number;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["CallbackQueue"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/callbacks/{id}/outcome": {
    /** Record a call's outcome: not reached (an attempt; the last allowed one closes the case as unreachable) or reached with the ratings */
    post: {
      parameters: {
        query?: {
          attempt?: number;
        };
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": OneOf<[{
            note?: string | null;
            /** @enum {boolean} */
            reached: false;
          }, {
            /** @enum {string} */
            attitude: "very_satisfied" | "satisfied" | "neutral" | "dissatisfied" | "very_dissatisfied";
            comment?: string | null;
            /** @enum {string} */
            efficiency: "very_satisfied" | "satisfied" | "neutral" | "dissatisfied" | "very_dissatisfied";
            /** @enum {string} */
            overall: "very_satisfied" | "satisfied" | "neutral" | "dissatisfied" | "very_dissatisfied";
            /** @enum {boolean} */
            reached: true;
            /** @enum {string} */
            result: "very_satisfied" | "satisfied" | "neutral" | "dissatisfied" | "very_dissatisfied";
          }]>;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["Callback"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/callbacks/{id}/survey-link": {
    /** Send the customer a fresh survey link now (the callback opens if it had not) and show it once, to paste into a chat */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["SurveyLink"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/callbacks/stats": {
    /** Satisfaction figures of callbacks finished between two dates (seed 004: (非常满意 + 满意) / answered) */
    get: {
      parameters: {
        query: {
          from: string;
          to: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["CallbackStats"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/cases": {
    get: {
      parameters: {
        query?: {
          status?: string;
          urgency?: string;
          priority?: string;
          channel?: string;
          category?: string;
          departmentId?: string;
          assigneeId?: string;
          customerId?: string;
          from?: string;
          to?: string;
          q?: string;
          minEscalation?: number;
          sla?: string;
          view?: "mine" | "department" | "unassigned" | "all";
          completeDelay?: "true" | "false";
          sort?: "createdAt" | "updatedAt" | "occurredAt" | "priority" | "caseNumber" | "dueAt";
          order?: "asc" | "desc";
          limit?: number;
          cursor?: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              items: components["schemas"]["Case"][];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
    /** File a complaint (idempotent with an Idempotency-Key header) */
    post: {
      parameters: {
        header?: {
          "idempotency-key"?: string;
        };
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["CreateCaseInput"];
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["Case"];
          };
        };
        /** @description Default Response */
        201: {
          content: {
            "application/json": components["schemas"]["Case"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        422: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/cases/{id}": {
    patch: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["UpdateCaseInput"];
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["Case"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/cases/{id}/accountability": {
    /** The rewards and penalties attached to a case (those about oneself, without accountability.read) */
    get: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              items: components["schemas"]["AccountabilityRecord"][];
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/cases/{id}/actions": {
    /** A case's execution actions 执行项, the agreed 执行时限 and what the caller may do */
    get: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["CaseExecutionActions"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
    /** Add an action by hand, or retry a failed one (idempotent with an Idempotency-Key header); the case must be 执行中 */
    post: {
      parameters: {
        header?: {
          "idempotency-key"?: string;
        };
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["CreateExecutionActionInput"];
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["ExecutionAction"];
          };
        };
        /** @description Default Response */
        201: {
          content: {
            "application/json": components["schemas"]["ExecutionAction"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        422: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/cases/{id}/attachments": {
    /** Upload one file (multipart field "file") */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "multipart/form-data": {
            /**
             * Format: binary
             * @description One image, PDF, audio, video or office file
             */
            file: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": components["schemas"]["Attachment"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/cases/{id}/callbacks": {
    /** A case's satisfaction callbacks, newest first */
    get: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["CaseCallbacks"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/cases/{id}/claims": {
    /** A case's recovery claims, newest first, and whether the caller may file one */
    get: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["CaseClaims"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
    /** File a recovery claim (idempotent with an Idempotency-Key header); the amount and its basis are frozen on */
    post: {
      parameters: {
        header?: {
          "idempotency-key"?: string;
        };
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            basis?: string | null;
            lossFen?: number | null;
            note?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["Claim"];
          };
        };
        /** @description Default Response */
        201: {
          content: {
            "application/json": components["schemas"]["Claim"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        422: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/cases/{id}/claims/calculate": {
    /** The amount to claim from the responsible partner under its contract, with the term that produced it (no write) */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            basis?: string | null;
            lossFen?: number | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["ClaimBasis"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/cases/{id}/collaborators": {
    /** Add a collaborating department to the joint team of a case */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            /** Format: uuid */
            departmentId: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["Case"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/cases/{id}/collaborators/{departmentId}": {
    delete: {
      parameters: {
        path: {
          id: string;
          departmentId: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["Case"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/cases/{id}/comments": {
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            body: string;
            /**
             * @default internal
             * @enum {string}
             */
            visibility?: "internal" | "public";
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": components["schemas"]["CaseEvent"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/cases/{id}/cost-entries": {
    /** Post a manual cost entry (repair, other …; a recovery negative), supervisors and above; idempotent with an Idempotency-Key */
    post: {
      parameters: {
        header?: {
          "idempotency-key"?: string;
        };
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["ManualCostEntryBodyInput"];
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["CostEntry"];
          };
        };
        /** @description Default Response */
        201: {
          content: {
            "application/json": components["schemas"]["CostEntry"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        422: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/cases/{id}/costs": {
    /** A case's cost entries and totals (gross cost, recoveries, net cost), for whoever may see the case */
    get: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["CaseCosts"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/cases/{id}/customer-messages": {
    /** What the customer was sent on this case; the address masked per role */
    get: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["CustomerMessages"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/cases/{id}/customer-messages/settings": {
    /** Change the customer's message settings (channel, language, opt-out, email) on their word; on the case's timeline */
    put: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["CustomerMessageSettingsChangeInput"];
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["CustomerMessageSettings"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/cases/{id}/investigation": {
    /** The investigation of a case: tasks, evidence checklist, root cause and responsibility */
    get: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["Investigation"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/cases/{id}/investigation/evidence": {
    /** Link an evidence file to a checklist item, or mark the item not applicable with a reason */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["EvidenceMarkInput"];
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["Investigation"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/cases/{id}/investigation/tasks": {
    get: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              items: components["schemas"]["InvestigationTask"][];
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
    /** Give a department its part of the investigation (it joins the joint team) */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["CreateInvestigationTaskInput"];
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": components["schemas"]["InvestigationTask"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/cases/{id}/labour": {
    /** Log handling labour: minutes × the labour rate in force (frozen onto the entry); idempotent with an Idempotency-Key */
    post: {
      parameters: {
        header?: {
          "idempotency-key"?: string;
        };
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["LabourEntryBodyInput"];
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["CostEntry"];
          };
        };
        /** @description Default Response */
        201: {
          content: {
            "application/json": components["schemas"]["CostEntry"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        422: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/cases/{id}/links": {
    /** Link a related case (e.g. the same waybill) */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            otherId: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          content: {
            "application/json": null;
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/cases/{id}/merge": {
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            intoId: string;
            reason?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["Case"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/cases/{id}/regulator-replies": {
    /** A case's replies to the regulator, oldest first, and whether the caller may record one */
    get: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["RegulatorReplies"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
    /** Record a reply sent to the regulator (repliedAt ≤ now, ≥ the referral); it meets the appeal-reply clock at repliedAt. The same reply again answers 200 */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            content: string;
            /** @enum {string} */
            regulator: "12305" | "12315" | "other";
            /** Format: date-time */
            repliedAt: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["RegulatorReply"];
          };
        };
        /** @description Default Response */
        201: {
          content: {
            "application/json": components["schemas"]["RegulatorReply"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/cases/{id}/remedies": {
    /** A case's remedies, newest first, with their approval chain and what the caller may do */
    get: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              items: components["schemas"]["Remedy"][];
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
    /** Propose a remedy (idempotent with an Idempotency-Key header); above the proposer’s limit it waits for approval */
    post: {
      parameters: {
        header?: {
          "idempotency-key"?: string;
        };
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            basedOn?: ({
              addOnFeesFen?: number;
              /** @enum {string|null} */
              choice?: "return" | "exchange" | "repair" | null;
              claimedFen?: number | null;
              damagedParts?: number;
              daysSinceReceipt?: number;
              daysSinceSale?: number;
              /** Format: date-time */
              deliveredAt?: string | null;
              /** @enum {string|null} */
              excuse?: "wrong_address" | "recipient_unreachable" | null;
              /** @enum {string|null} */
              exemption?: "force_majeure" | "natural_properties" | "customer_fault" | null;
              foodSafety?: boolean;
              fraud?: boolean;
              freshFood?: boolean;
              intact?: boolean;
              /** @enum {string} */
              kind: "delay" | "loss" | "damage" | "no_reason_return" | "quality_defect" | "performance_fault" | "other";
              proven?: boolean;
              returnFreightFen?: number;
              threeGuaranteesListed?: boolean;
              totalParts?: number;
              valueDestroyed?: boolean;
            }) | null;
            items: ({
                amountFen?: number | null;
                /** @enum {string} */
                kind: "apology" | "search_recover" | "resend" | "replace" | "repair" | "refund" | "fee_waiver" | "compensation" | "voucher" | "discipline" | "process_fix";
                note?: string | null;
              })[];
            note?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["Remedy"];
          };
        };
        /** @description Default Response */
        201: {
          content: {
            "application/json": components["schemas"]["Remedy"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        422: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/cases/{id}/remedies/calculate": {
    /** The compensation calculator on the case's facts: lines with the rule behind each, and flags (no write) */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            addOnFeesFen?: number;
            /** @enum {string|null} */
            choice?: "return" | "exchange" | "repair" | null;
            claimedFen?: number | null;
            damagedParts?: number;
            daysSinceReceipt?: number;
            daysSinceSale?: number;
            /** Format: date-time */
            deliveredAt?: string | null;
            /** @enum {string|null} */
            excuse?: "wrong_address" | "recipient_unreachable" | null;
            /** @enum {string|null} */
            exemption?: "force_majeure" | "natural_properties" | "customer_fault" | null;
            foodSafety?: boolean;
            fraud?: boolean;
            freshFood?: boolean;
            intact?: boolean;
            /** @enum {string} */
            kind: "delay" | "loss" | "damage" | "no_reason_return" | "quality_defect" | "performance_fault" | "other";
            proven?: boolean;
            returnFreightFen?: number;
            threeGuaranteesListed?: boolean;
            totalParts?: number;
            valueDestroyed?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["RemedyCalculation"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/cases/{id}/responsibility": {
    /** Record the root cause and the responsibility decision (定责) */
    put: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["ResponsibilityDecisionInput"];
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["Responsibility"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/cases/{id}/transitions": {
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["TransitionInput"];
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["Case"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/cases/{idOrCaseNumber}": {
    get: {
      parameters: {
        path: {
          idOrCaseNumber: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["CaseDetail"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/cases/counts": {
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              all: number;
              department: number;
              mine: number;
              unassigned: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/categories": {
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              items: {
                  code: string;
                  nameEn: string;
                  nameZh: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/causes": {
    /** Causes a case may be given (inactive ones only name old cases) */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              items: components["schemas"]["Cause"][];
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/claims": {
    /** The claims list 追偿管理 (oldest first) with claimed, recovered and outstanding totals per partner */
    get: {
      parameters: {
        query?: {
          status?: "filed" | "accepted" | "rejected" | "paid" | "written_off";
          partnerId?: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["ClaimList"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/claims/{id}/status": {
    /** Record the partner's answer (accepted / rejected), the payment (paid: the amount recovered goes to the cost ledger) or a write-off; stale version → 409 */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            agreedFen?: number | null;
            note?: string | null;
            reason?: string | null;
            recoveredFen?: number | null;
            /** @enum {string} */
            status: "accepted" | "rejected" | "paid" | "written_off";
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["Claim"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/cost-budgets": {
    /** The monthly budgets from one month to another */
    get: {
      parameters: {
        query: {
          from: string;
          to: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              items: components["schemas"]["CostBudget"][];
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
    /** Set one month's budget for the company, a category or a department (null removes it); managers and the administrator, audited */
    put: {
      requestBody: {
        content: {
          "application/json": components["schemas"]["CostBudgetBodyInput"];
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              budget: components["schemas"]["CostBudget"] | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/cost-entries": {
    /** The ledger across cases, newest first (filters: month, kind, category, department; cursor paging) */
    get: {
      parameters: {
        query?: {
          month?: string;
          kind?: "compensation" | "refund" | "fee_waiver" | "resend" | "replacement" | "repair" | "voucher" | "return_freight" | "extra_compensation" | "labour" | "recovery" | "other";
          category?: string;
          departmentId?: string;
          cursor?: string;
          limit?: number;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["CostLedger"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/cost-entries/{id}/reverse": {
    /** Correct an entry with a reversing entry of the opposite amount (once; a reversal is not reversed); entries are never edited */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["ReverseCostEntryBodyInput"];
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": components["schemas"]["CostEntry"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/cost-entries/export": {
    /** The ledger as CSV (UTF-8 with BOM, for Excel): the same filters as the list, newest first, at most 10,000 rows */
    get: {
      parameters: {
        query?: {
          month?: string;
          kind?: "compensation" | "refund" | "fee_waiver" | "resend" | "replacement" | "repair" | "voucher" | "return_freight" | "extra_compensation" | "labour" | "recovery" | "other";
          category?: string;
          departmentId?: string;
        };
      };
      responses: {
        /** @description The ledger as CSV (UTF-8 with a byte-order mark, for Excel) */
        200: {
          content: {
            "text/csv": string;
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/costs/report": {
    /** Budget against actual per month and category, department or kind: costs, recoveries, net, budget, variance, % used */
    get: {
      parameters: {
        query: {
          from: string;
          to: string;
          by?: "category" | "department" | "kind";
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["CostReport"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/customers": {
    /** The customer with this phone and their cases (404 when there is none the caller may know of) */
    get: {
      parameters: {
        query: {
          phone: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["CustomerLookup"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/customers/lookup": {
    /** Like GET /api/customers, but answers 200 { customer: null, cases: [] } when there is no customer the caller may know of */
    get: {
      parameters: {
        query: {
          phone: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["CustomerLookupResult"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/departments": {
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              items: components["schemas"]["Department"][];
            };
          };
        };
      };
    };
    post: {
      requestBody: {
        content: {
          "application/json": {
            code: string;
            name: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": components["schemas"]["Department"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/departments/{id}": {
    patch: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            active?: boolean;
            /** @enum {string} */
            assignmentStrategy?: "round_robin" | "least_load" | "none";
            name?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["Department"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/escalations": {
    /** Escalations, newest first: who it went to, why, and where the case stands now */
    get: {
      parameters: {
        query?: {
          open?: "true" | "false";
          limit?: number;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              items: components["schemas"]["Escalation"][];
              summary: {
                cases: number;
                level1: number;
                level2: number;
                total: number;
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/health": {
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              /** @enum {string} */
              database: "pglite" | "postgres";
              demo: boolean;
              maxUploadBytes: number;
              /** @enum {string} */
              status: "ok";
            };
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/investigation/tasks/{id}": {
    /** Record findings, change owner or due date, or finish a task (done / cancelled) */
    patch: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["UpdateInvestigationTaskInput"];
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["InvestigationTask"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/notifications": {
    get: {
      parameters: {
        query?: {
          unread?: "true" | "false";
          limit?: number;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              items: components["schemas"]["Notification"][];
              unread: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/notifications/{id}/read": {
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          content: {
            "application/json": null;
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/notifications/read-all": {
    post: {
      responses: {
        /** @description Default Response */
        204: {
          content: {
            "application/json": null;
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/partners": {
    /** Carriers, suppliers and outlets (active ones unless includeInactive=true) */
    get: {
      parameters: {
        query?: {
          kind?: "carrier" | "supplier" | "outlet";
          includeInactive?: "true" | "false";
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              items: components["schemas"]["Partner"][];
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/portal/cases": {
    /** The customer's own cases */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              items: ({
                  caseNumber: string;
                  filedAt: string;
                  /** @enum {string} */
                  status: "registered" | "acknowledged" | "assigned" | "investigating" | "remedy_proposed" | "awaiting_customer" | "executing" | "resolved" | "follow_up" | "closed" | "rejected" | "merged";
                  statusLabel: string;
                })[];
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/portal/cases/{caseNumber}": {
    /** One of the customer’s cases, as the customer sees it */
    get: {
      parameters: {
        path: {
          caseNumber: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["PortalCase"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/portal/cases/{caseNumber}/messages": {
    /** A message from the customer (public, on the timeline as theirs) */
    post: {
      parameters: {
        path: {
          caseNumber: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            body: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              at: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/portal/cases/{caseNumber}/photos": {
    /** Add one photo (multipart field "file"; images only) */
    post: {
      parameters: {
        path: {
          caseNumber: string;
        };
      };
      requestBody: {
        content: {
          "multipart/form-data": {
            /**
             * Format: binary
             * @description One image
             */
            file: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              at: string;
              filename: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/portal/cases/{caseNumber}/remedy-answer": {
    /** Accept, counter or reject the offer waiting for the customer */
    post: {
      parameters: {
        path: {
          caseNumber: string;
        };
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["PortalRemedyAnswerInput"];
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["PortalCase"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/portal/cases/{caseNumber}/survey": {
    /** The customer's satisfaction answer on their resolved case (as through the survey link; single use) */
    post: {
      parameters: {
        path: {
          caseNumber: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            /** @enum {string} */
            attitude?: "very_satisfied" | "satisfied" | "neutral" | "dissatisfied" | "very_dissatisfied";
            comment?: string | null;
            /** @enum {string} */
            efficiency?: "very_satisfied" | "satisfied" | "neutral" | "dissatisfied" | "very_dissatisfied";
            /** @enum {string} */
            overall: "very_satisfied" | "satisfied" | "neutral" | "dissatisfied" | "very_dissatisfied";
            /** @enum {string} */
            result?: "very_satisfied" | "satisfied" | "neutral" | "dissatisfied" | "very_dissatisfied";
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["PortalCase"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        410: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/portal/complaints": {
    /** File a complaint as a customer (public; idempotent with an Idempotency-Key header) */
    post: {
      parameters: {
        header?: {
          "idempotency-key"?: string;
        };
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["PortalComplaintInput"];
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["PortalFiled"];
          };
        };
        /** @description Default Response */
        201: {
          content: {
            "application/json": components["schemas"]["PortalFiled"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        422: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        429: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/portal/follow/code": {
    /** Send a one-time code by SMS for a case number and phone (the same answer whether or not they match) */
    post: {
      requestBody: {
        content: {
          "application/json": components["schemas"]["PortalSendCodeInput"];
        };
      };
      responses: {
        /** @description Default Response */
        202: {
          content: {
            "application/json": {
              expiresInSeconds: number;
              /** @enum {boolean} */
              sent: true;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        429: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/portal/follow/verify": {
    /** Confirm the one-time code; starts a customer session for that customer */
    post: {
      requestBody: {
        content: {
          "application/json": components["schemas"]["PortalVerifyCodeInput"];
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              caseNumber: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        429: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/portal/logout": {
    post: {
      responses: {
        /** @description Signed out; the session cookie is cleared */
        204: {
          content: never;
        };
      };
    };
  };
  "/api/portal/me/notifications": {
    /** The customer's message settings */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["PortalNotificationSettings"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
    /** Change the customer's preferred channel, language or opt-out */
    put: {
      requestBody: {
        content: {
          "application/json": components["schemas"]["PortalNotificationSettingsChangeInput"];
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["PortalNotificationSettings"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/portal/me/wechat": {
    /** Unlink WeChat: no more WeChat messages; a WeChat preference falls back to the company’s order */
    delete: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["PortalNotificationSettings"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/portal/me/wechat/bind": {
    /** Start linking WeChat: the 网页授权 URL to open (a single-use state tied to this session; SMS-verified sessions only) */
    post: {
      requestBody: {
        content: {
          "application/json": components["schemas"]["PortalWechatBindInput"];
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["PortalWechatAuthorize"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        429: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/portal/me/wechat/callback": {
    /** WeChat sends the browser back here with code and state; stores the openid, then redirects to the case page with wechat=bound or wechat=error&reason=… */
    get: {
      parameters: {
        query?: {
          code?: string;
          state?: string;
          case?: string;
        };
      };
      responses: {
        /** @description To the case page: ?wechat=bound, or ?wechat=error&reason=state|denied|unavailable|customer|wechat[&errcode=N] */
        302: {
          headers: {
            location?: string;
          };
          content: never;
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/portal/options": {
    /** What the complaint form needs (public) */
    get: {
      parameters: {
        query?: {
          store?: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["PortalOptions"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/portal/survey/{token}": {
    /** What the customer sees of the survey: case number, category, resolve date */
    get: {
      parameters: {
        path: {
          token: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["SurveyView"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        410: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        429: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
    /** The customer's answer: overall satisfaction and a comment, optionally the three dimensions; single use */
    post: {
      parameters: {
        path: {
          token: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            /** @enum {string} */
            attitude?: "very_satisfied" | "satisfied" | "neutral" | "dissatisfied" | "very_dissatisfied";
            comment?: string | null;
            /** @enum {string} */
            efficiency?: "very_satisfied" | "satisfied" | "neutral" | "dissatisfied" | "very_dissatisfied";
            /** @enum {string} */
            overall: "very_satisfied" | "satisfied" | "neutral" | "dissatisfied" | "very_dissatisfied";
            /** @enum {string} */
            result?: "very_satisfied" | "satisfied" | "neutral" | "dissatisfied" | "very_dissatisfied";
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["SurveyAnswered"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        410: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        429: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/remedies/{id}/answer": {
    /** Record the customer's answer: accepted → 执行中; countered → 方案待定; rejected → 方案待定 and escalated */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            /** @enum {string} */
            answer: "accepted" | "countered" | "rejected";
            counterOffer?: string | null;
            counterOfferFen?: number | null;
            /** Format: date-time */
            executionDueAt?: string | null;
            note?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["Remedy"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/remedies/{id}/decisions": {
    /** Approve or reject a remedy on its pending step (never one’s own; a lost race answers 409) */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            comment?: string | null;
            /** @enum {string} */
            decision: "approve" | "reject";
            step: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["Remedy"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/remedies/{id}/offer": {
    /** Put the approved remedy to the customer (方案待定 → 待客户确认) */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["Remedy"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/remedy-catalogue": {
    /** The company’s remedy catalogue 方案目录: the kinds offered, in order, with labels and whether each carries money */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["RemedyCatalogue"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/stages": {
    /** Stages a case may be given (inactive ones only name old cases) */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              items: components["schemas"]["Stage"][];
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/triage/suggest": {
    /** Suggest category, urgency, priority, department and duplicates for a complaint text (writes nothing) */
    post: {
      requestBody: {
        content: {
          "application/json": {
            category?: string | null;
            /**
             * @default hotline
             * @enum {string}
             */
            channel?: "hotline" | "web" | "h5" | "app" | "api" | "email" | "wechat" | "social" | "store" | "qr" | "internal";
            declaredValueYuan?: number | null;
            isKeyCustomer?: boolean;
            phone?: string | null;
            /** @enum {string|null} */
            regulatorReferral?: "12305" | "12315" | "other" | null;
            store?: string | null;
            text: string;
            /** @enum {string} */
            urgency?: "normal" | "urgent" | "critical";
            waybillNo?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["TriageSuggestion"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/users": {
    get: {
      parameters: {
        query?: {
          departmentId?: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              items: components["schemas"]["User"][];
            };
          };
        };
      };
    };
    post: {
      requestBody: {
        content: {
          "application/json": {
            /** Format: uuid */
            departmentId?: string | null;
            displayName: string;
            password: string;
            /** @enum {string} */
            role: "agent" | "handler" | "supervisor" | "manager" | "admin";
            username: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": components["schemas"]["User"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/users/{id}": {
    patch: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            active?: boolean;
            /** Format: uuid */
            departmentId?: string | null;
            displayName?: string;
            onDuty?: boolean;
            password?: string;
            /** @enum {string} */
            role?: "agent" | "handler" | "supervisor" | "manager" | "admin";
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["User"];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        500: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
};

export type webhooks = Record<string, never>;

export type components = {
  schemas: {
    AccountabilityRecord: {
      amountFen: number | null;
      canRevoke: boolean;
      /** Format: uuid */
      caseId: string | null;
      caseNumber: string | null;
      decidedAt: string;
      /** Format: uuid */
      decidedById: string;
      decidedByName: string | null;
      /** Format: uuid */
      departmentId: string | null;
      departmentName: string | null;
      /** @enum {string} */
      direction: "reward" | "penalty";
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "bonus" | "honour_certificate" | "commendation" | "criticism" | "warning" | "fine" | "demotion";
      reason: string;
      revocation: ({
        at: string;
        byName: string | null;
        /** Format: uuid */
        id: string;
        reason: string;
      }) | null;
      /** Format: uuid */
      userId: string | null;
      userName: string | null;
    };
    AccountabilityRecordInput: {
      amountFen: number | null;
      canRevoke: boolean;
      /** Format: uuid */
      caseId: string | null;
      caseNumber: string | null;
      decidedAt: string;
      /** Format: uuid */
      decidedById: string;
      decidedByName: string | null;
      /** Format: uuid */
      departmentId: string | null;
      departmentName: string | null;
      /** @enum {string} */
      direction: "reward" | "penalty";
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "bonus" | "honour_certificate" | "commendation" | "criticism" | "warning" | "fine" | "demotion";
      reason: string;
      revocation: ({
        at: string;
        byName: string | null;
        /** Format: uuid */
        id: string;
        reason: string;
      }) | null;
      /** Format: uuid */
      userId: string | null;
      userName: string | null;
    };
    AccountabilitySummary: {
      departments: ({
          byRootCause: {
              cases: number;
              responsible: number;
              rootCause: string;
            }[];
          decidedCases: number;
          /** Format: uuid */
          departmentId: string;
          departmentName: string;
          penalties: number;
          penaltyFen: number;
          responsibleCases: number;
          responsibleSharePct: number | null;
          rewardFen: number;
          rewards: number;
        })[];
      from: string;
      persons: ({
          byRootCause: {
              cases: number;
              responsible: number;
              rootCause: string;
            }[];
          decidedCases: number;
          departmentName: string | null;
          displayName: string;
          penalties: number;
          penaltyFen: number;
          responsibleCases: number;
          responsibleSharePct: number | null;
          rewardFen: number;
          rewards: number;
          /** Format: uuid */
          userId: string;
        })[];
      to: string;
    };
    AccountabilitySummaryInput: {
      departments: ({
          byRootCause: {
              cases: number;
              responsible: number;
              rootCause: string;
            }[];
          decidedCases: number;
          /** Format: uuid */
          departmentId: string;
          departmentName: string;
          penalties: number;
          penaltyFen: number;
          responsibleCases: number;
          responsibleSharePct: number | null;
          rewardFen: number;
          rewards: number;
        })[];
      from: string;
      persons: ({
          byRootCause: {
              cases: number;
              responsible: number;
              rootCause: string;
            }[];
          decidedCases: number;
          departmentName: string | null;
          displayName: string;
          penalties: number;
          penaltyFen: number;
          responsibleCases: number;
          responsibleSharePct: number | null;
          rewardFen: number;
          rewards: number;
          /** Format: uuid */
          userId: string;
        })[];
      to: string;
    };
    AdminAuditChange: {
      from?: unknown;
      to?: unknown;
    };
    AdminAuditChangeInput: {
      from?: unknown;
      to?: unknown;
    };
    AdminAuditEvent: {
      /** @enum {string} */
      action: "created" | "updated" | "deactivated" | "deleted" | "applied" | "exported" | "erased";
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      at: string;
      changes: {
        [key: string]: components["schemas"]["AdminAuditChange"];
      };
      /** @enum {string} */
      entity: "user" | "department" | "category" | "routing_rule" | "sla_policy" | "calendar" | "priority_rules" | "preset" | "cause" | "stage" | "callback_window" | "partner" | "resolution_settings" | "execution_settings" | "cost_budget" | "cost_settings" | "remedy_catalogue" | "evidence_checklist" | "customer" | "retention_policy" | "message_template" | "notification_channel" | "outbox_message" | "callback_settings" | "store";
      entityId: string;
      /** Format: uuid */
      id: string;
    };
    AdminAuditEventInput: {
      /** @enum {string} */
      action: "created" | "updated" | "deactivated" | "deleted" | "applied" | "exported" | "erased";
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      at: string;
      changes: {
        [key: string]: components["schemas"]["AdminAuditChangeInput"];
      };
      /** @enum {string} */
      entity: "user" | "department" | "category" | "routing_rule" | "sla_policy" | "calendar" | "priority_rules" | "preset" | "cause" | "stage" | "callback_window" | "partner" | "resolution_settings" | "execution_settings" | "cost_budget" | "cost_settings" | "remedy_catalogue" | "evidence_checklist" | "customer" | "retention_policy" | "message_template" | "notification_channel" | "outbox_message" | "callback_settings" | "store";
      entityId: string;
      /** Format: uuid */
      id: string;
    };
    AdminAuditPage: {
      items: components["schemas"]["AdminAuditEvent"][];
      nextCursor: string | null;
    };
    AdminAuditPageInput: {
      items: components["schemas"]["AdminAuditEventInput"][];
      nextCursor: string | null;
    };
    Attachment: {
      /** Format: uuid */
      caseId: string;
      contentType: string;
      createdAt: string;
      filename: string;
      hidden: boolean;
      hiddenAt: string | null;
      hiddenByName: string | null;
      hiddenReason: string | null;
      /** Format: uuid */
      id: string;
      sha256: string;
      size: number;
      /** Format: uuid */
      uploadedById: string | null;
      uploadedByName: string | null;
      url: string;
    };
    AttachmentInput: {
      /** Format: uuid */
      caseId: string;
      contentType: string;
      createdAt: string;
      filename: string;
      hidden: boolean;
      hiddenAt: string | null;
      hiddenByName: string | null;
      hiddenReason: string | null;
      /** Format: uuid */
      id: string;
      sha256: string;
      size: number;
      /** Format: uuid */
      uploadedById: string | null;
      uploadedByName: string | null;
      url: string;
    };
    BusinessCalendar: {
      coverage: ({
          covered: boolean;
          warning: {
            en: string;
            zh: string;
          } | null;
          year: number;
        })[];
      definition: {
        /** @enum {string} */
        kind: "24x7";
      } | ({
        /** @enum {string} */
        holidays: "cn-statutory" | "none";
        /** @enum {string} */
        kind: "working_hours";
        overrides: ({
            date: string;
            name?: string;
            periods?: {
                end: string;
                start: string;
              }[];
            /** @enum {string} */
            type: "off" | "workday";
          })[];
        timezone: string;
        weekly: {
          [key: string]: {
              end: string;
              start: string;
            }[];
        };
      });
      /** Format: uuid */
      id: string;
      isDefault: boolean;
      name: string;
    };
    BusinessCalendarInput: {
      coverage: ({
          covered: boolean;
          warning: {
            en: string;
            zh: string;
          } | null;
          year: number;
        })[];
      definition: {
        /** @enum {string} */
        kind: "24x7";
      } | ({
        /** @enum {string} */
        holidays: "cn-statutory" | "none";
        /** @enum {string} */
        kind: "working_hours";
        overrides: ({
            date: string;
            name?: string;
            periods?: {
                end: string;
                start: string;
              }[];
            /** @enum {string} */
            type: "off" | "workday";
          })[];
        timezone: string;
        weekly: {
          [key: string]: {
              end: string;
              start: string;
            }[];
        };
      });
      /** Format: uuid */
      id: string;
      isDefault: boolean;
      name: string;
    };
    Callback: {
      attempts: number;
      /** @enum {string|null} */
      attitude: "very_satisfied" | "satisfied" | "neutral" | "dissatisfied" | "very_dissatisfied" | null;
      /** @enum {string} */
      bucket: "due_today" | "overdue" | "upcoming" | "done";
      /** Format: uuid */
      caseId: string;
      caseNumber: string;
      caseStatus: string;
      category: string | null;
      /** @enum {string|null} */
      channel: "phone" | "survey" | null;
      comment: string | null;
      completedAt: string | null;
      completedByName: string | null;
      customer: {
        name: string;
        phone: string;
        phoneMasked: boolean;
      };
      dueAt: string;
      dueOn: string;
      earliestOn: string;
      /** @enum {string|null} */
      efficiency: "very_satisfied" | "satisfied" | "neutral" | "dissatisfied" | "very_dissatisfied" | null;
      /** Format: uuid */
      id: string;
      lastAttemptAt: string | null;
      maxAttempts: number;
      openedAt: string | null;
      /** @enum {string|null} */
      overall: "very_satisfied" | "satisfied" | "neutral" | "dissatisfied" | "very_dissatisfied" | null;
      overdueLevel: number;
      resolvedAt: string;
      /** @enum {string|null} */
      result: "very_satisfied" | "satisfied" | "neutral" | "dissatisfied" | "very_dissatisfied" | null;
      /** @enum {string} */
      status: "pending" | "completed" | "unreachable" | "cancelled";
    };
    CallbackInput: {
      attempts: number;
      /** @enum {string|null} */
      attitude: "very_satisfied" | "satisfied" | "neutral" | "dissatisfied" | "very_dissatisfied" | null;
      /** @enum {string} */
      bucket: "due_today" | "overdue" | "upcoming" | "done";
      /** Format: uuid */
      caseId: string;
      caseNumber: string;
      caseStatus: string;
      category: string | null;
      /** @enum {string|null} */
      channel: "phone" | "survey" | null;
      comment: string | null;
      completedAt: string | null;
      completedByName: string | null;
      customer: {
        name: string;
        phone: string;
        phoneMasked: boolean;
      };
      dueAt: string;
      dueOn: string;
      earliestOn: string;
      /** @enum {string|null} */
      efficiency: "very_satisfied" | "satisfied" | "neutral" | "dissatisfied" | "very_dissatisfied" | null;
      /** Format: uuid */
      id: string;
      lastAttemptAt: string | null;
      maxAttempts: number;
      openedAt: string | null;
      /** @enum {string|null} */
      overall: "very_satisfied" | "satisfied" | "neutral" | "dissatisfied" | "very_dissatisfied" | null;
      overdueLevel: number;
      resolvedAt: string;
      /** @enum {string|null} */
      result: "very_satisfied" | "satisfied" | "neutral" | "dissatisfied" | "very_dissatisfied" | null;
      /** @enum {string} */
      status: "pending" | "completed" | "unreachable" | "cancelled";
    };
    CallbackQueue: {
      counts: {
        done: number;
        dueToday: number;
        overdue: number;
        upcoming: number;
      };
      items: components["schemas"]["Callback"][];
      today: string;
    };
    CallbackQueueInput: {
      counts: {
        done: number;
        dueToday: number;
        overdue: number;
        upcoming: number;
      };
      items: components["schemas"]["CallbackInput"][];
      today: string;
    };
    CallbackSettings: {
      maxAttempts: number;
    };
    CallbackSettingsInput: {
      maxAttempts: number;
    };
    CallbackStats: {
      answered: number;
      counts: {
        dissatisfied: number;
        neutral: number;
        satisfied: number;
        very_dissatisfied: number;
        very_satisfied: number;
      };
      dimensions: {
        attitude: {
          answered: number;
          counts: {
            dissatisfied: number;
            neutral: number;
            satisfied: number;
            very_dissatisfied: number;
            very_satisfied: number;
          };
          rate: number | null;
          satisfied: number;
        };
        efficiency: {
          answered: number;
          counts: {
            dissatisfied: number;
            neutral: number;
            satisfied: number;
            very_dissatisfied: number;
            very_satisfied: number;
          };
          rate: number | null;
          satisfied: number;
        };
        result: {
          answered: number;
          counts: {
            dissatisfied: number;
            neutral: number;
            satisfied: number;
            very_dissatisfied: number;
            very_satisfied: number;
          };
          rate: number | null;
          satisfied: number;
        };
      };
      from: string;
      rate: {
        denominator: number;
        numerator: number;
        value: number | null;
      };
      satisfied: number;
      to: string;
      unreachable: number;
    };
    CallbackStatsInput: {
      answered: number;
      counts: {
        dissatisfied: number;
        neutral: number;
        satisfied: number;
        very_dissatisfied: number;
        very_satisfied: number;
      };
      dimensions: {
        attitude: {
          answered: number;
          counts: {
            dissatisfied: number;
            neutral: number;
            satisfied: number;
            very_dissatisfied: number;
            very_satisfied: number;
          };
          rate: number | null;
          satisfied: number;
        };
        efficiency: {
          answered: number;
          counts: {
            dissatisfied: number;
            neutral: number;
            satisfied: number;
            very_dissatisfied: number;
            very_satisfied: number;
          };
          rate: number | null;
          satisfied: number;
        };
        result: {
          answered: number;
          counts: {
            dissatisfied: number;
            neutral: number;
            satisfied: number;
            very_dissatisfied: number;
            very_satisfied: number;
          };
          rate: number | null;
          satisfied: number;
        };
      };
      from: string;
      rate: {
        denominator: number;
        numerator: number;
        value: number | null;
      };
      satisfied: number;
      to: string;
      unreachable: number;
    };
    CallbackWindow: {
      /** @enum {string} */
      dayKind: "calendar" | "working";
      fromDays: number;
      toDays: number;
    };
    CallbackWindowInput: {
      /** @enum {string} */
      dayKind: "calendar" | "working";
      fromDays: number;
      toDays: number;
    };
    CancelExecutionAction: {
      reason: string;
    };
    CancelExecutionActionInput: {
      reason: string;
    };
    Case: {
      allowedTransitions: ({
          reopen: boolean;
          requiresDepartment: boolean;
          requiresReason: boolean;
          /** @enum {string} */
          to: "registered" | "acknowledged" | "assigned" | "investigating" | "remedy_proposed" | "awaiting_customer" | "executing" | "resolved" | "follow_up" | "closed" | "rejected" | "merged";
        })[];
      /** Format: uuid */
      assigneeId: string | null;
      assigneeName: string | null;
      brandCompany: string | null;
      caseNumber: string;
      category: string | null;
      categoryConfirmed: boolean;
      cause: string | null;
      /** @enum {string} */
      channel: "hotline" | "web" | "h5" | "app" | "api" | "email" | "wechat" | "social" | "store" | "qr" | "internal";
      closedAt: string | null;
      completeDelay: components["schemas"]["CompleteDelay"];
      createdAt: string;
      customer: components["schemas"]["CaseCustomer"];
      declaredValueYuan: number | null;
      deliveryCompany: string | null;
      demand: string | null;
      /** Format: uuid */
      departmentId: string | null;
      departmentName: string | null;
      description: string;
      escalationLevel: number;
      freightFen: number | null;
      goodsName: string | null;
      /** Format: uuid */
      id: string;
      insured: boolean | null;
      itemPriceFen: number | null;
      /** Format: uuid */
      mergedIntoId: string | null;
      /** @enum {string|null} */
      nature: "service_quality" | "operation_error" | "information" | "fee_dispute" | null;
      occurredAt: string | null;
      orderNo: string | null;
      /** Format: uuid */
      partnerId: string | null;
      /** @enum {string|null} */
      partnerKind: "carrier" | "supplier" | "outlet" | null;
      partnerName: string | null;
      /** @enum {string} */
      priority: "P1" | "P2" | "P3" | "P4";
      priorityReasons: {
          factor: string;
          labelEn: string;
          labelZh: string;
          points: number;
        }[];
      promisedDeliveryAt: string | null;
      publicExposure: boolean;
      quantity: number | null;
      /** Format: uuid */
      receivedById: string | null;
      receivedByName: string | null;
      regulatorReferral: string | null;
      rejectReason: string | null;
      route: string | null;
      /** @enum {string|null} */
      serviceType: "same_city" | "intra_province" | "inter_province" | null;
      shippedAt: string | null;
      sla: ({
        nextDueAt: string | null;
        status: string | null;
        targets: ({
            breachedAt: string | null;
            dueAt: string | null;
            metAt: string | null;
            status: string;
            target: string;
          })[];
      }) | null;
      stage: string | null;
      /** @enum {string} */
      status: "registered" | "acknowledged" | "assigned" | "investigating" | "remedy_proposed" | "awaiting_customer" | "executing" | "resolved" | "follow_up" | "closed" | "rejected" | "merged";
      store: string | null;
      suggestion: {
        [key: string]: unknown;
      } | null;
      updatedAt: string;
      upset: boolean;
      /** @enum {string} */
      urgency: "normal" | "urgent" | "critical";
      version: number;
      waybillNo: string | null;
    };
    CaseCallbacks: {
      canWork: boolean;
      items: components["schemas"]["Callback"][];
    };
    CaseCallbacksInput: {
      canWork: boolean;
      items: components["schemas"]["CallbackInput"][];
    };
    CaseClaims: {
      /** @enum {string|null} */
      blockedBy: "no_external_responsibility" | "case_status" | "role" | null;
      canFile: boolean;
      items: components["schemas"]["Claim"][];
    };
    CaseClaimsInput: {
      /** @enum {string|null} */
      blockedBy: "no_external_responsibility" | "case_status" | "role" | null;
      canFile: boolean;
      items: components["schemas"]["ClaimInput"][];
    };
    CaseCosts: {
      can: {
        labour: boolean;
        post: boolean;
        reverse: boolean;
      };
      entries: components["schemas"]["CostEntry"][];
      labourRateFenPerHour: number;
      totals: components["schemas"]["CostTotals"];
    };
    CaseCostsInput: {
      can: {
        labour: boolean;
        post: boolean;
        reverse: boolean;
      };
      entries: components["schemas"]["CostEntryInput"][];
      labourRateFenPerHour: number;
      totals: components["schemas"]["CostTotalsInput"];
    };
    CaseCustomer: {
      caseCount: number;
      email: string | null;
      /** Format: uuid */
      id: string;
      isKey: boolean;
      name: string;
      phone: string;
      phoneMasked: boolean;
    };
    CaseCustomerInput: {
      caseCount: number;
      email: string | null;
      /** Format: uuid */
      id: string;
      isKey: boolean;
      name: string;
      phone: string;
      phoneMasked: boolean;
    };
    CaseDetail: {
      allowedTransitions: ({
          reopen: boolean;
          requiresDepartment: boolean;
          requiresReason: boolean;
          /** @enum {string} */
          to: "registered" | "acknowledged" | "assigned" | "investigating" | "remedy_proposed" | "awaiting_customer" | "executing" | "resolved" | "follow_up" | "closed" | "rejected" | "merged";
        })[];
      /** Format: uuid */
      assigneeId: string | null;
      assigneeName: string | null;
      attachments: components["schemas"]["Attachment"][];
      brandCompany: string | null;
      caseNumber: string;
      category: string | null;
      categoryConfirmed: boolean;
      cause: string | null;
      /** @enum {string} */
      channel: "hotline" | "web" | "h5" | "app" | "api" | "email" | "wechat" | "social" | "store" | "qr" | "internal";
      closedAt: string | null;
      collaborators: {
          /** Format: uuid */
          departmentId: string;
          name: string;
        }[];
      completeDelay: components["schemas"]["CompleteDelay"];
      createdAt: string;
      customer: components["schemas"]["CaseCustomer"];
      declaredValueYuan: number | null;
      deliveryCompany: string | null;
      demand: string | null;
      /** Format: uuid */
      departmentId: string | null;
      departmentName: string | null;
      description: string;
      escalationLevel: number;
      events: components["schemas"]["CaseEvent"][];
      freightFen: number | null;
      goodsName: string | null;
      /** Format: uuid */
      id: string;
      insured: boolean | null;
      itemPriceFen: number | null;
      links: {
          caseNumber: string;
          /** Format: uuid */
          id: string;
          status: string;
        }[];
      /** Format: uuid */
      mergedIntoId: string | null;
      /** @enum {string|null} */
      nature: "service_quality" | "operation_error" | "information" | "fee_dispute" | null;
      occurredAt: string | null;
      orderNo: string | null;
      /** Format: uuid */
      partnerId: string | null;
      /** @enum {string|null} */
      partnerKind: "carrier" | "supplier" | "outlet" | null;
      partnerName: string | null;
      /** @enum {string} */
      priority: "P1" | "P2" | "P3" | "P4";
      priorityReasons: {
          factor: string;
          labelEn: string;
          labelZh: string;
          points: number;
        }[];
      promisedDeliveryAt: string | null;
      publicExposure: boolean;
      quantity: number | null;
      /** Format: uuid */
      receivedById: string | null;
      receivedByName: string | null;
      regulatorReferral: string | null;
      rejectReason: string | null;
      route: string | null;
      /** @enum {string|null} */
      serviceType: "same_city" | "intra_province" | "inter_province" | null;
      shippedAt: string | null;
      sla: ({
        nextDueAt: string | null;
        status: string | null;
        targets: ({
            breachedAt: string | null;
            dueAt: string | null;
            metAt: string | null;
            status: string;
            target: string;
          })[];
      }) | null;
      stage: string | null;
      /** @enum {string} */
      status: "registered" | "acknowledged" | "assigned" | "investigating" | "remedy_proposed" | "awaiting_customer" | "executing" | "resolved" | "follow_up" | "closed" | "rejected" | "merged";
      store: string | null;
      suggestion: {
        [key: string]: unknown;
      } | null;
      updatedAt: string;
      upset: boolean;
      /** @enum {string} */
      urgency: "normal" | "urgent" | "critical";
      version: number;
      waybillNo: string | null;
    };
    CaseDetailInput: {
      allowedTransitions: ({
          reopen: boolean;
          requiresDepartment: boolean;
          requiresReason: boolean;
          /** @enum {string} */
          to: "registered" | "acknowledged" | "assigned" | "investigating" | "remedy_proposed" | "awaiting_customer" | "executing" | "resolved" | "follow_up" | "closed" | "rejected" | "merged";
        })[];
      /** Format: uuid */
      assigneeId: string | null;
      assigneeName: string | null;
      attachments: components["schemas"]["AttachmentInput"][];
      brandCompany: string | null;
      caseNumber: string;
      category: string | null;
      categoryConfirmed: boolean;
      cause: string | null;
      /** @enum {string} */
      channel: "hotline" | "web" | "h5" | "app" | "api" | "email" | "wechat" | "social" | "store" | "qr" | "internal";
      closedAt: string | null;
      collaborators: {
          /** Format: uuid */
          departmentId: string;
          name: string;
        }[];
      completeDelay: components["schemas"]["CompleteDelayInput"];
      createdAt: string;
      customer: components["schemas"]["CaseCustomerInput"];
      declaredValueYuan: number | null;
      deliveryCompany: string | null;
      demand: string | null;
      /** Format: uuid */
      departmentId: string | null;
      departmentName: string | null;
      description: string;
      escalationLevel: number;
      events: components["schemas"]["CaseEventInput"][];
      freightFen: number | null;
      goodsName: string | null;
      /** Format: uuid */
      id: string;
      insured: boolean | null;
      itemPriceFen: number | null;
      links: {
          caseNumber: string;
          /** Format: uuid */
          id: string;
          status: string;
        }[];
      /** Format: uuid */
      mergedIntoId: string | null;
      /** @enum {string|null} */
      nature: "service_quality" | "operation_error" | "information" | "fee_dispute" | null;
      occurredAt: string | null;
      orderNo: string | null;
      /** Format: uuid */
      partnerId: string | null;
      /** @enum {string|null} */
      partnerKind: "carrier" | "supplier" | "outlet" | null;
      partnerName: string | null;
      /** @enum {string} */
      priority: "P1" | "P2" | "P3" | "P4";
      priorityReasons: {
          factor: string;
          labelEn: string;
          labelZh: string;
          points: number;
        }[];
      promisedDeliveryAt: string | null;
      publicExposure: boolean;
      quantity: number | null;
      /** Format: uuid */
      receivedById: string | null;
      receivedByName: string | null;
      regulatorReferral: string | null;
      rejectReason: string | null;
      route: string | null;
      /** @enum {string|null} */
      serviceType: "same_city" | "intra_province" | "inter_province" | null;
      shippedAt: string | null;
      sla: ({
        nextDueAt: string | null;
        status: string | null;
        targets: ({
            breachedAt: string | null;
            dueAt: string | null;
            metAt: string | null;
            status: string;
            target: string;
          })[];
      }) | null;
      stage: string | null;
      /** @enum {string} */
      status: "registered" | "acknowledged" | "assigned" | "investigating" | "remedy_proposed" | "awaiting_customer" | "executing" | "resolved" | "follow_up" | "closed" | "rejected" | "merged";
      store: string | null;
      suggestion: {
        [key: string]: unknown;
      } | null;
      updatedAt: string;
      upset: boolean;
      /** @enum {string} */
      urgency: "normal" | "urgent" | "critical";
      version: number;
      waybillNo: string | null;
    };
    CaseEvent: components["schemas"]["CaseEventCreated"] | components["schemas"]["CaseEventTriaged"] | components["schemas"]["CaseEventStatusChanged"] | components["schemas"]["CaseEventReopened"] | components["schemas"]["CaseEventAssigned"] | components["schemas"]["CaseEventUpdated"] | components["schemas"]["CaseEventMerged"] | components["schemas"]["CaseEventMergedFrom"] | components["schemas"]["CaseEventLinked"] | components["schemas"]["CaseEventComment"] | components["schemas"]["CaseEventNote"] | components["schemas"]["CaseEventAttachmentAdded"] | components["schemas"]["CaseEventCollaboratorAdded"] | components["schemas"]["CaseEventCollaboratorRemoved"] | components["schemas"]["CaseEventSlaPolicyChanged"] | components["schemas"]["CaseEventSlaWarning"] | components["schemas"]["CaseEventSlaBreached"] | components["schemas"]["CaseEventRemedyProposed"] | components["schemas"]["CaseEventRemedyEndorsed"] | components["schemas"]["CaseEventRemedyApproved"] | components["schemas"]["CaseEventRemedyRejected"] | components["schemas"]["CaseEventRemedyOffered"] | components["schemas"]["CaseEventRemedyAnswered"] | components["schemas"]["CaseEventInvestigationTaskGiven"] | components["schemas"]["CaseEventInvestigationTaskUpdated"] | components["schemas"]["CaseEventInvestigationTaskDone"] | components["schemas"]["CaseEventEvidenceLinked"] | components["schemas"]["CaseEventEvidenceHidden"] | components["schemas"]["CaseEventResponsibilityDecided"] | components["schemas"]["CaseEventActionCreated"] | components["schemas"]["CaseEventActionCompleted"] | components["schemas"]["CaseEventActionFailed"] | components["schemas"]["CaseEventActionCancelled"] | components["schemas"]["CaseEventCostPosted"] | components["schemas"]["CaseEventCostReversed"] | components["schemas"]["CaseEventAccountabilityRecorded"] | components["schemas"]["CaseEventAccountabilityRevoked"] | components["schemas"]["CaseEventEscalated"] | components["schemas"]["CaseEventClaimFiled"] | components["schemas"]["CaseEventClaimAccepted"] | components["schemas"]["CaseEventClaimRejected"] | components["schemas"]["CaseEventClaimPaid"] | components["schemas"]["CaseEventClaimWrittenOff"] | components["schemas"]["CaseEventRegulatorReplied"] | components["schemas"]["CaseEventCompleteDelayFlagged"] | components["schemas"]["CaseEventPersonalDataErased"] | components["schemas"]["CaseEventCallbackScheduled"] | components["schemas"]["CaseEventCallbackOpened"] | components["schemas"]["CaseEventCallbackAttempted"] | components["schemas"]["CaseEventCallbackCompleted"] | components["schemas"]["CaseEventSurveyAnswered"] | components["schemas"]["CaseEventCallbackUnreachable"] | components["schemas"]["CaseEventCallbackOverdue"] | components["schemas"]["CaseEventCallbackCancelled"] | components["schemas"]["CaseEventCustomerMessagingChanged"];
    CaseEventAccountabilityRecorded: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "accountability_recorded";
      payload: {
        /** @enum {string} */
        direction: "reward" | "penalty";
        kind: string;
        /** Format: uuid */
        recordId: string;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventAccountabilityRecordedInput: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "accountability_recorded";
      payload: {
        /** @enum {string} */
        direction: "reward" | "penalty";
        kind: string;
        /** Format: uuid */
        recordId: string;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventAccountabilityRevoked: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "accountability_revoked";
      payload: {
        /** @enum {string} */
        direction: "reward" | "penalty";
        kind: string;
        /** Format: uuid */
        recordId: string;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventAccountabilityRevokedInput: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "accountability_revoked";
      payload: {
        /** @enum {string} */
        direction: "reward" | "penalty";
        kind: string;
        /** Format: uuid */
        recordId: string;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventActionCancelled: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "action_cancelled";
      payload: {
        /** Format: uuid */
        actionId: string;
        departmentName: string;
        kind: string;
        reason: string;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventActionCancelledInput: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "action_cancelled";
      payload: {
        /** Format: uuid */
        actionId: string;
        departmentName: string;
        kind: string;
        reason: string;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventActionCompleted: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "action_completed";
      payload: {
        /** Format: uuid */
        actionId: string;
        amountFen: number | null;
        departmentName: string;
        kind: string;
        note: string | null;
        repair: ({
          fault: string;
          method: string;
          partsReplaced: string | null;
        }) | null;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventActionCompletedInput: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "action_completed";
      payload: {
        /** Format: uuid */
        actionId: string;
        amountFen: number | null;
        departmentName: string;
        kind: string;
        note: string | null;
        repair: ({
          fault: string;
          method: string;
          partsReplaced: string | null;
        }) | null;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventActionCreated: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "action_created";
      payload: {
        /** Format: uuid */
        actionId: string;
        amountFen: number | null;
        assigneeName: string | null;
        auto: boolean;
        /** Format: uuid */
        departmentId: string;
        departmentName: string;
        dueAt: string | null;
        kind: string;
        /** Format: uuid */
        remedyId: string | null;
        /** Format: uuid */
        retryOfId: string | null;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventActionCreatedInput: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "action_created";
      payload: {
        /** Format: uuid */
        actionId: string;
        amountFen: number | null;
        assigneeName: string | null;
        auto: boolean;
        /** Format: uuid */
        departmentId: string;
        departmentName: string;
        dueAt: string | null;
        kind: string;
        /** Format: uuid */
        remedyId: string | null;
        /** Format: uuid */
        retryOfId: string | null;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventActionFailed: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "action_failed";
      payload: {
        /** Format: uuid */
        actionId: string;
        departmentName: string;
        kind: string;
        note: string;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventActionFailedInput: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "action_failed";
      payload: {
        /** Format: uuid */
        actionId: string;
        departmentName: string;
        kind: string;
        note: string;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventAssigned: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "assigned";
      payload: {
        /** @enum {boolean} */
        auto?: true;
        /** Format: uuid */
        fromAssigneeId: string | null;
        fromAssigneeName: string | null;
        /** Format: uuid */
        fromDepartmentId: string | null;
        fromDepartmentName: string | null;
        reason?: string;
        /** Format: uuid */
        ruleId?: string;
        /** Format: uuid */
        toAssigneeId: string | null;
        toAssigneeName: string | null;
        /** Format: uuid */
        toDepartmentId: string | null;
        toDepartmentName: string | null;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventAssignedInput: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "assigned";
      payload: {
        /** @enum {boolean} */
        auto?: true;
        /** Format: uuid */
        fromAssigneeId: string | null;
        fromAssigneeName: string | null;
        /** Format: uuid */
        fromDepartmentId: string | null;
        fromDepartmentName: string | null;
        reason?: string;
        /** Format: uuid */
        ruleId?: string;
        /** Format: uuid */
        toAssigneeId: string | null;
        toAssigneeName: string | null;
        /** Format: uuid */
        toDepartmentId: string | null;
        toDepartmentName: string | null;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventAttachmentAdded: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "attachment_added";
      payload: {
        /** Format: uuid */
        attachmentId: string;
        /** @enum {string} */
        by?: "customer";
        contentType: string;
        filename: string;
        size: number;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventAttachmentAddedInput: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "attachment_added";
      payload: {
        /** Format: uuid */
        attachmentId: string;
        /** @enum {string} */
        by?: "customer";
        contentType: string;
        filename: string;
        size: number;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventCallbackAttempted: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "callback_attempted";
      payload: {
        attempt: number;
        /** Format: uuid */
        callbackId: string;
        maxAttempts: number;
        note: string | null;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventCallbackAttemptedInput: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "callback_attempted";
      payload: {
        attempt: number;
        /** Format: uuid */
        callbackId: string;
        maxAttempts: number;
        note: string | null;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventCallbackCancelled: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "callback_cancelled";
      payload: {
        /** Format: uuid */
        callbackId: string;
        /** @enum {string} */
        cause: "case_moved" | "resolved_again";
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventCallbackCancelledInput: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "callback_cancelled";
      payload: {
        /** Format: uuid */
        callbackId: string;
        /** @enum {string} */
        cause: "case_moved" | "resolved_again";
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventCallbackCompleted: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "callback_completed";
      payload: {
        /** @enum {string|null} */
        attitude: "very_satisfied" | "satisfied" | "neutral" | "dissatisfied" | "very_dissatisfied" | null;
        /** Format: uuid */
        callbackId: string;
        comment: string | null;
        /** @enum {string|null} */
        efficiency: "very_satisfied" | "satisfied" | "neutral" | "dissatisfied" | "very_dissatisfied" | null;
        /** @enum {string} */
        outcome: "closed" | "reopened";
        /** @enum {string} */
        overall: "very_satisfied" | "satisfied" | "neutral" | "dissatisfied" | "very_dissatisfied";
        /** @enum {string|null} */
        result: "very_satisfied" | "satisfied" | "neutral" | "dissatisfied" | "very_dissatisfied" | null;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventCallbackCompletedInput: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "callback_completed";
      payload: {
        /** @enum {string|null} */
        attitude: "very_satisfied" | "satisfied" | "neutral" | "dissatisfied" | "very_dissatisfied" | null;
        /** Format: uuid */
        callbackId: string;
        comment: string | null;
        /** @enum {string|null} */
        efficiency: "very_satisfied" | "satisfied" | "neutral" | "dissatisfied" | "very_dissatisfied" | null;
        /** @enum {string} */
        outcome: "closed" | "reopened";
        /** @enum {string} */
        overall: "very_satisfied" | "satisfied" | "neutral" | "dissatisfied" | "very_dissatisfied";
        /** @enum {string|null} */
        result: "very_satisfied" | "satisfied" | "neutral" | "dissatisfied" | "very_dissatisfied" | null;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventCallbackOpened: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "callback_opened";
      payload: {
        /** Format: uuid */
        callbackId: string;
        surveySent: boolean;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventCallbackOpenedInput: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "callback_opened";
      payload: {
        /** Format: uuid */
        callbackId: string;
        surveySent: boolean;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventCallbackOverdue: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "callback_overdue";
      payload: {
        /** Format: uuid */
        callbackId: string;
        dueAt: string;
        dueOn: string;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventCallbackOverdueInput: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "callback_overdue";
      payload: {
        /** Format: uuid */
        callbackId: string;
        dueAt: string;
        dueOn: string;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventCallbackScheduled: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "callback_scheduled";
      payload: {
        /** Format: uuid */
        callbackId: string;
        /** @enum {string} */
        dayKind: "working" | "calendar";
        dueOn: string;
        earliestOn: string;
        fromDays: number;
        toDays: number;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventCallbackScheduledInput: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "callback_scheduled";
      payload: {
        /** Format: uuid */
        callbackId: string;
        /** @enum {string} */
        dayKind: "working" | "calendar";
        dueOn: string;
        earliestOn: string;
        fromDays: number;
        toDays: number;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventCallbackUnreachable: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "callback_unreachable";
      payload: {
        attempts: number;
        /** Format: uuid */
        callbackId: string;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventCallbackUnreachableInput: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "callback_unreachable";
      payload: {
        attempts: number;
        /** Format: uuid */
        callbackId: string;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventClaimAccepted: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "claim_accepted";
      payload: {
        agreedFen: number;
        claimedFen: number;
        /** Format: uuid */
        claimId: string;
        note: string | null;
        partnerName: string;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventClaimAcceptedInput: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "claim_accepted";
      payload: {
        agreedFen: number;
        claimedFen: number;
        /** Format: uuid */
        claimId: string;
        note: string | null;
        partnerName: string;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventClaimFiled: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "claim_filed";
      payload: {
        claimedFen: number;
        /** Format: uuid */
        claimId: string;
        lossFen: number;
        /** Format: uuid */
        partnerId: string;
        partnerName: string;
        term: string;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventClaimFiledInput: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "claim_filed";
      payload: {
        claimedFen: number;
        /** Format: uuid */
        claimId: string;
        lossFen: number;
        /** Format: uuid */
        partnerId: string;
        partnerName: string;
        term: string;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventClaimPaid: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "claim_paid";
      payload: {
        agreedFen: number;
        /** Format: uuid */
        claimId: string;
        note: string | null;
        partnerName: string;
        recoveredFen: number;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventClaimPaidInput: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "claim_paid";
      payload: {
        agreedFen: number;
        /** Format: uuid */
        claimId: string;
        note: string | null;
        partnerName: string;
        recoveredFen: number;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventClaimRejected: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "claim_rejected";
      payload: {
        /** Format: uuid */
        claimId: string;
        partnerName: string;
        reason: string;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventClaimRejectedInput: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "claim_rejected";
      payload: {
        /** Format: uuid */
        claimId: string;
        partnerName: string;
        reason: string;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventClaimWrittenOff: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "claim_written_off";
      payload: {
        /** Format: uuid */
        claimId: string;
        outstandingFen: number;
        partnerName: string;
        reason: string;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventClaimWrittenOffInput: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "claim_written_off";
      payload: {
        /** Format: uuid */
        claimId: string;
        outstandingFen: number;
        partnerName: string;
        reason: string;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventCollaboratorAdded: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "collaborator_added";
      payload: {
        /** Format: uuid */
        departmentId: string;
        departmentName: string;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventCollaboratorAddedInput: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "collaborator_added";
      payload: {
        /** Format: uuid */
        departmentId: string;
        departmentName: string;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventCollaboratorRemoved: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "collaborator_removed";
      payload: {
        /** Format: uuid */
        departmentId: string;
        departmentName: string;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventCollaboratorRemovedInput: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "collaborator_removed";
      payload: {
        /** Format: uuid */
        departmentId: string;
        departmentName: string;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventComment: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "comment";
      payload: {
        body: string;
        /** @enum {string} */
        by?: "customer";
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventCommentInput: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "comment";
      payload: {
        body: string;
        /** @enum {string} */
        by?: "customer";
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventCompleteDelayFlagged: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "complete_delay_flagged";
      payload: {
        completeDelayAt: string;
        promisedDeliveryAt: string;
        serviceType: string;
        thresholdDays: number;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventCompleteDelayFlaggedInput: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "complete_delay_flagged";
      payload: {
        completeDelayAt: string;
        promisedDeliveryAt: string;
        serviceType: string;
        thresholdDays: number;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventCostPosted: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "cost_posted";
      payload: {
        amountFen: number;
        /** Format: uuid */
        entryId: string;
        kind: string;
        labourMinutes: number | null;
        note: string | null;
        rateFenPerHour: number | null;
        source: string;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventCostPostedInput: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "cost_posted";
      payload: {
        amountFen: number;
        /** Format: uuid */
        entryId: string;
        kind: string;
        labourMinutes: number | null;
        note: string | null;
        rateFenPerHour: number | null;
        source: string;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventCostReversed: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "cost_reversed";
      payload: {
        amountFen: number;
        /** Format: uuid */
        entryId: string;
        kind: string;
        reason: string;
        /** Format: uuid */
        reversesId: string;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventCostReversedInput: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "cost_reversed";
      payload: {
        amountFen: number;
        /** Format: uuid */
        entryId: string;
        kind: string;
        reason: string;
        /** Format: uuid */
        reversesId: string;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventCreated: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "created";
      payload: {
        /** @enum {string} */
        by?: "customer";
        caseNumber: string;
        /** @enum {string} */
        channel: "hotline" | "web" | "h5" | "app" | "api" | "email" | "wechat" | "social" | "store" | "qr" | "internal";
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventCreatedInput: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "created";
      payload: {
        /** @enum {string} */
        by?: "customer";
        caseNumber: string;
        /** @enum {string} */
        channel: "hotline" | "web" | "h5" | "app" | "api" | "email" | "wechat" | "social" | "store" | "qr" | "internal";
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventCustomerMessagingChanged: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "customer_messaging_changed";
      payload: {
        fields: ("preferredChannel" | "language" | "optOut" | "email")[];
        /** @enum {string} */
        language: "zh" | "en";
        optOut: boolean;
        /** @enum {string|null} */
        preferredChannel: "sms" | "email" | "wechat" | null;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventCustomerMessagingChangedInput: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "customer_messaging_changed";
      payload: {
        fields: ("preferredChannel" | "language" | "optOut" | "email")[];
        /** @enum {string} */
        language: "zh" | "en";
        optOut: boolean;
        /** @enum {string|null} */
        preferredChannel: "sms" | "email" | "wechat" | null;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventEscalated: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "escalated";
      payload: {
        dueAt: string;
        level: number;
        reason: string;
        role: string;
        roleLabel?: string;
        target: string;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventEscalatedInput: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "escalated";
      payload: {
        dueAt: string;
        level: number;
        reason: string;
        role: string;
        roleLabel?: string;
        target: string;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventEvidenceHidden: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "evidence_hidden";
      payload: {
        /** Format: uuid */
        attachmentId: string;
        filename: string;
        reason: string;
        sha256: string;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventEvidenceHiddenInput: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "evidence_hidden";
      payload: {
        /** Format: uuid */
        attachmentId: string;
        filename: string;
        reason: string;
        sha256: string;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventEvidenceLinked: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "evidence_linked";
      payload: {
        /** Format: uuid */
        attachmentId: string | null;
        filename: string | null;
        itemCode: string;
        itemLabelEn: string;
        itemLabelZh: string;
        notApplicableReason: string | null;
        sha256: string | null;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventEvidenceLinkedInput: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "evidence_linked";
      payload: {
        /** Format: uuid */
        attachmentId: string | null;
        filename: string | null;
        itemCode: string;
        itemLabelEn: string;
        itemLabelZh: string;
        notApplicableReason: string | null;
        sha256: string | null;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventInput: components["schemas"]["CaseEventCreatedInput"] | components["schemas"]["CaseEventTriagedInput"] | components["schemas"]["CaseEventStatusChangedInput"] | components["schemas"]["CaseEventReopenedInput"] | components["schemas"]["CaseEventAssignedInput"] | components["schemas"]["CaseEventUpdatedInput"] | components["schemas"]["CaseEventMergedInput"] | components["schemas"]["CaseEventMergedFromInput"] | components["schemas"]["CaseEventLinkedInput"] | components["schemas"]["CaseEventCommentInput"] | components["schemas"]["CaseEventNoteInput"] | components["schemas"]["CaseEventAttachmentAddedInput"] | components["schemas"]["CaseEventCollaboratorAddedInput"] | components["schemas"]["CaseEventCollaboratorRemovedInput"] | components["schemas"]["CaseEventSlaPolicyChangedInput"] | components["schemas"]["CaseEventSlaWarningInput"] | components["schemas"]["CaseEventSlaBreachedInput"] | components["schemas"]["CaseEventRemedyProposedInput"] | components["schemas"]["CaseEventRemedyEndorsedInput"] | components["schemas"]["CaseEventRemedyApprovedInput"] | components["schemas"]["CaseEventRemedyRejectedInput"] | components["schemas"]["CaseEventRemedyOfferedInput"] | components["schemas"]["CaseEventRemedyAnsweredInput"] | components["schemas"]["CaseEventInvestigationTaskGivenInput"] | components["schemas"]["CaseEventInvestigationTaskUpdatedInput"] | components["schemas"]["CaseEventInvestigationTaskDoneInput"] | components["schemas"]["CaseEventEvidenceLinkedInput"] | components["schemas"]["CaseEventEvidenceHiddenInput"] | components["schemas"]["CaseEventResponsibilityDecidedInput"] | components["schemas"]["CaseEventActionCreatedInput"] | components["schemas"]["CaseEventActionCompletedInput"] | components["schemas"]["CaseEventActionFailedInput"] | components["schemas"]["CaseEventActionCancelledInput"] | components["schemas"]["CaseEventCostPostedInput"] | components["schemas"]["CaseEventCostReversedInput"] | components["schemas"]["CaseEventAccountabilityRecordedInput"] | components["schemas"]["CaseEventAccountabilityRevokedInput"] | components["schemas"]["CaseEventEscalatedInput"] | components["schemas"]["CaseEventClaimFiledInput"] | components["schemas"]["CaseEventClaimAcceptedInput"] | components["schemas"]["CaseEventClaimRejectedInput"] | components["schemas"]["CaseEventClaimPaidInput"] | components["schemas"]["CaseEventClaimWrittenOffInput"] | components["schemas"]["CaseEventRegulatorRepliedInput"] | components["schemas"]["CaseEventCompleteDelayFlaggedInput"] | components["schemas"]["CaseEventPersonalDataErasedInput"] | components["schemas"]["CaseEventCallbackScheduledInput"] | components["schemas"]["CaseEventCallbackOpenedInput"] | components["schemas"]["CaseEventCallbackAttemptedInput"] | components["schemas"]["CaseEventCallbackCompletedInput"] | components["schemas"]["CaseEventSurveyAnsweredInput"] | components["schemas"]["CaseEventCallbackUnreachableInput"] | components["schemas"]["CaseEventCallbackOverdueInput"] | components["schemas"]["CaseEventCallbackCancelledInput"] | components["schemas"]["CaseEventCustomerMessagingChangedInput"];
    CaseEventInvestigationTaskDone: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "investigation_task_done";
      payload: {
        /** Format: uuid */
        departmentId: string;
        departmentName: string;
        findings: string | null;
        /** @enum {string} */
        status: "done" | "cancelled";
        /** Format: uuid */
        taskId: string;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventInvestigationTaskDoneInput: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "investigation_task_done";
      payload: {
        /** Format: uuid */
        departmentId: string;
        departmentName: string;
        findings: string | null;
        /** @enum {string} */
        status: "done" | "cancelled";
        /** Format: uuid */
        taskId: string;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventInvestigationTaskGiven: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "investigation_task_given";
      payload: {
        /** Format: uuid */
        departmentId: string;
        departmentName: string;
        dueAt: string | null;
        instructions: string;
        /** Format: uuid */
        ownerId: string | null;
        ownerName: string | null;
        /** Format: uuid */
        taskId: string;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventInvestigationTaskGivenInput: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "investigation_task_given";
      payload: {
        /** Format: uuid */
        departmentId: string;
        departmentName: string;
        dueAt: string | null;
        instructions: string;
        /** Format: uuid */
        ownerId: string | null;
        ownerName: string | null;
        /** Format: uuid */
        taskId: string;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventInvestigationTaskUpdated: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "investigation_task_updated";
      payload: {
        changes: {
          dueAt?: {
            from: string | null;
            to: string | null;
          };
          findings?: {
            from: string | null;
            to: string | null;
          };
          ownerName?: {
            from: string | null;
            to: string | null;
          };
        };
        /** Format: uuid */
        departmentId: string;
        departmentName: string;
        /** Format: uuid */
        taskId: string;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventInvestigationTaskUpdatedInput: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "investigation_task_updated";
      payload: {
        changes: {
          dueAt?: {
            from: string | null;
            to: string | null;
          };
          findings?: {
            from: string | null;
            to: string | null;
          };
          ownerName?: {
            from: string | null;
            to: string | null;
          };
        };
        /** Format: uuid */
        departmentId: string;
        departmentName: string;
        /** Format: uuid */
        taskId: string;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventLinked: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "linked";
      payload: {
        /** @enum {boolean} */
        hidden?: true;
        otherCaseNumber: string | null;
        /** Format: uuid */
        otherId: string | null;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventLinkedInput: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "linked";
      payload: {
        /** @enum {boolean} */
        hidden?: true;
        otherCaseNumber: string | null;
        /** Format: uuid */
        otherId: string | null;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventMerged: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "merged";
      payload: {
        /** @enum {boolean} */
        hidden?: true;
        intoCaseNumber: string | null;
        /** Format: uuid */
        intoId: string | null;
        reason: string | null;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventMergedFrom: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "merged_from";
      payload: {
        fromCaseNumber: string | null;
        /** Format: uuid */
        fromId: string | null;
        /** @enum {boolean} */
        hidden?: true;
        reason: string | null;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventMergedFromInput: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "merged_from";
      payload: {
        fromCaseNumber: string | null;
        /** Format: uuid */
        fromId: string | null;
        /** @enum {boolean} */
        hidden?: true;
        reason: string | null;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventMergedInput: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "merged";
      payload: {
        /** @enum {boolean} */
        hidden?: true;
        intoCaseNumber: string | null;
        /** Format: uuid */
        intoId: string | null;
        reason: string | null;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventNote: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "note";
      payload: {
        body: string;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventNoteInput: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "note";
      payload: {
        body: string;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventPersonalDataErased: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "personal_data_erased";
      payload: {
        attachmentsRedacted: number;
        /** @enum {string} */
        cause: "request" | "retention";
        eventsRedacted: number;
        kinds: ("case_text" | "attachments")[];
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventPersonalDataErasedInput: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "personal_data_erased";
      payload: {
        attachmentsRedacted: number;
        /** @enum {string} */
        cause: "request" | "retention";
        eventsRedacted: number;
        kinds: ("case_text" | "attachments")[];
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventRegulatorReplied: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "regulator_replied";
      payload: {
        /** @enum {string} */
        appealClock: "met" | "already_ended" | "none";
        content: string;
        onTime: boolean | null;
        regulator: string;
        repliedAt: string;
        /** Format: uuid */
        replyId: string;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventRegulatorRepliedInput: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "regulator_replied";
      payload: {
        /** @enum {string} */
        appealClock: "met" | "already_ended" | "none";
        content: string;
        onTime: boolean | null;
        regulator: string;
        repliedAt: string;
        /** Format: uuid */
        replyId: string;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventRemedyAnswered: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "remedy_answered";
      payload: {
        /** @enum {string} */
        answer: "accepted" | "countered" | "rejected";
        /** @enum {string} */
        by?: "customer";
        counterOffer: string | null;
        counterOfferFen: number | null;
        executionDueAt: string | null;
        note: string | null;
        /** Format: uuid */
        remedyId: string;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventRemedyAnsweredInput: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "remedy_answered";
      payload: {
        /** @enum {string} */
        answer: "accepted" | "countered" | "rejected";
        /** @enum {string} */
        by?: "customer";
        counterOffer: string | null;
        counterOfferFen: number | null;
        executionDueAt: string | null;
        note: string | null;
        /** Format: uuid */
        remedyId: string;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventRemedyApproved: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "remedy_approved";
      payload: {
        comment: string;
        /** Format: uuid */
        remedyId: string;
        role: string;
        step: number;
        totalFen: number;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventRemedyApprovedInput: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "remedy_approved";
      payload: {
        comment: string;
        /** Format: uuid */
        remedyId: string;
        role: string;
        step: number;
        totalFen: number;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventRemedyEndorsed: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "remedy_endorsed";
      payload: {
        comment: string;
        nextRole: string;
        /** Format: uuid */
        remedyId: string;
        role: string;
        step: number;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventRemedyEndorsedInput: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "remedy_endorsed";
      payload: {
        comment: string;
        nextRole: string;
        /** Format: uuid */
        remedyId: string;
        role: string;
        step: number;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventRemedyOffered: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "remedy_offered";
      payload: {
        /** Format: uuid */
        remedyId: string;
        totalFen: number;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventRemedyOfferedInput: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "remedy_offered";
      payload: {
        /** Format: uuid */
        remedyId: string;
        totalFen: number;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventRemedyProposed: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "remedy_proposed";
      payload: {
        /** @enum {string} */
        approval: "approved" | "pending";
        awaitingRole: string | null;
        items: ({
            amountFen: number | null;
            kind: string;
          })[];
        /** Format: uuid */
        remedyId: string;
        totalFen: number;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventRemedyProposedInput: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "remedy_proposed";
      payload: {
        /** @enum {string} */
        approval: "approved" | "pending";
        awaitingRole: string | null;
        items: ({
            amountFen: number | null;
            kind: string;
          })[];
        /** Format: uuid */
        remedyId: string;
        totalFen: number;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventRemedyRejected: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "remedy_rejected";
      payload: {
        comment: string;
        /** Format: uuid */
        remedyId: string;
        role: string;
        step: number;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventRemedyRejectedInput: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "remedy_rejected";
      payload: {
        comment: string;
        /** Format: uuid */
        remedyId: string;
        role: string;
        step: number;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventReopened: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "reopened";
      payload: {
        reason?: string;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventReopenedInput: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "reopened";
      payload: {
        reason?: string;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventResponsibilityDecided: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "responsibility_decided";
      payload: {
        departmentName: string | null;
        note: string | null;
        partnerName: string | null;
        party: string;
        personName: string | null;
        rootCause: string;
        rootCauseText: string;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventResponsibilityDecidedInput: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "responsibility_decided";
      payload: {
        departmentName: string | null;
        note: string | null;
        partnerName: string | null;
        party: string;
        personName: string | null;
        rootCause: string;
        rootCauseText: string;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventSlaBreached: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "sla_breached";
      payload: {
        dueAt: string;
        target: string;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventSlaBreachedInput: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "sla_breached";
      payload: {
        dueAt: string;
        target: string;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventSlaPolicyChanged: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "sla_policy_changed";
      payload: {
        category: string | null;
        /** @enum {string} */
        cause: "edit" | "config";
        /** Format: uuid */
        fromPolicyId: string | null;
        /** @enum {string} */
        priority: "P1" | "P2" | "P3" | "P4";
        /** Format: uuid */
        toPolicyId: string | null;
        toPolicyName: string | null;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventSlaPolicyChangedInput: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "sla_policy_changed";
      payload: {
        category: string | null;
        /** @enum {string} */
        cause: "edit" | "config";
        /** Format: uuid */
        fromPolicyId: string | null;
        /** @enum {string} */
        priority: "P1" | "P2" | "P3" | "P4";
        /** Format: uuid */
        toPolicyId: string | null;
        toPolicyName: string | null;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventSlaWarning: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "sla_warning";
      payload: {
        dueAt: string;
        target: string;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventSlaWarningInput: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "sla_warning";
      payload: {
        dueAt: string;
        target: string;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventStatusChanged: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "status_changed";
      payload: {
        /** @enum {boolean} */
        auto?: true;
        reason?: string;
        reasonEn?: string;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventStatusChangedInput: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "status_changed";
      payload: {
        /** @enum {boolean} */
        auto?: true;
        reason?: string;
        reasonEn?: string;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventSurveyAnswered: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "survey_answered";
      payload: {
        /** @enum {string|null} */
        attitude: "very_satisfied" | "satisfied" | "neutral" | "dissatisfied" | "very_dissatisfied" | null;
        /** Format: uuid */
        callbackId: string;
        comment: string | null;
        /** @enum {string|null} */
        efficiency: "very_satisfied" | "satisfied" | "neutral" | "dissatisfied" | "very_dissatisfied" | null;
        /** @enum {string} */
        outcome: "closed" | "reopened";
        /** @enum {string} */
        overall: "very_satisfied" | "satisfied" | "neutral" | "dissatisfied" | "very_dissatisfied";
        /** @enum {string|null} */
        result: "very_satisfied" | "satisfied" | "neutral" | "dissatisfied" | "very_dissatisfied" | null;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventSurveyAnsweredInput: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "survey_answered";
      payload: {
        /** @enum {string|null} */
        attitude: "very_satisfied" | "satisfied" | "neutral" | "dissatisfied" | "very_dissatisfied" | null;
        /** Format: uuid */
        callbackId: string;
        comment: string | null;
        /** @enum {string|null} */
        efficiency: "very_satisfied" | "satisfied" | "neutral" | "dissatisfied" | "very_dissatisfied" | null;
        /** @enum {string} */
        outcome: "closed" | "reopened";
        /** @enum {string} */
        overall: "very_satisfied" | "satisfied" | "neutral" | "dissatisfied" | "very_dissatisfied";
        /** @enum {string|null} */
        result: "very_satisfied" | "satisfied" | "neutral" | "dissatisfied" | "very_dissatisfied" | null;
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventTriaged: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "triaged";
      payload: {
        category: string;
        categorySuggested: string;
        confidence: number;
        duplicates: (string | null)[];
        /** @enum {string} */
        priority: "P1" | "P2" | "P3" | "P4";
        priorityReasons: {
            factor: string;
            labelEn: string;
            labelZh: string;
            points: number;
          }[];
        repeatCount: number;
        upset: boolean;
        /** @enum {string} */
        urgency: "normal" | "urgent" | "critical";
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventTriagedInput: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "triaged";
      payload: {
        category: string;
        categorySuggested: string;
        confidence: number;
        duplicates: (string | null)[];
        /** @enum {string} */
        priority: "P1" | "P2" | "P3" | "P4";
        priorityReasons: {
            factor: string;
            labelEn: string;
            labelZh: string;
            points: number;
          }[];
        repeatCount: number;
        upset: boolean;
        /** @enum {string} */
        urgency: "normal" | "urgent" | "critical";
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventUpdated: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "updated";
      payload: {
        changes: {
          [key: string]: {
            from: unknown;
            to: unknown;
          };
        };
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseEventUpdatedInput: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      fromStatus: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "updated";
      payload: {
        changes: {
          [key: string]: {
            from: unknown;
            to: unknown;
          };
        };
      };
      toStatus: string | null;
      /** @enum {string} */
      visibility: "internal" | "public";
    };
    CaseExecutionActions: {
      canAdd: boolean;
      executionDueAt: string | null;
      items: components["schemas"]["ExecutionAction"][];
      openCount: number;
    };
    CaseExecutionActionsInput: {
      canAdd: boolean;
      executionDueAt: string | null;
      items: components["schemas"]["ExecutionActionInput"][];
      openCount: number;
    };
    CaseInput: {
      allowedTransitions: ({
          reopen: boolean;
          requiresDepartment: boolean;
          requiresReason: boolean;
          /** @enum {string} */
          to: "registered" | "acknowledged" | "assigned" | "investigating" | "remedy_proposed" | "awaiting_customer" | "executing" | "resolved" | "follow_up" | "closed" | "rejected" | "merged";
        })[];
      /** Format: uuid */
      assigneeId: string | null;
      assigneeName: string | null;
      brandCompany: string | null;
      caseNumber: string;
      category: string | null;
      categoryConfirmed: boolean;
      cause: string | null;
      /** @enum {string} */
      channel: "hotline" | "web" | "h5" | "app" | "api" | "email" | "wechat" | "social" | "store" | "qr" | "internal";
      closedAt: string | null;
      completeDelay: components["schemas"]["CompleteDelayInput"];
      createdAt: string;
      customer: components["schemas"]["CaseCustomerInput"];
      declaredValueYuan: number | null;
      deliveryCompany: string | null;
      demand: string | null;
      /** Format: uuid */
      departmentId: string | null;
      departmentName: string | null;
      description: string;
      escalationLevel: number;
      freightFen: number | null;
      goodsName: string | null;
      /** Format: uuid */
      id: string;
      insured: boolean | null;
      itemPriceFen: number | null;
      /** Format: uuid */
      mergedIntoId: string | null;
      /** @enum {string|null} */
      nature: "service_quality" | "operation_error" | "information" | "fee_dispute" | null;
      occurredAt: string | null;
      orderNo: string | null;
      /** Format: uuid */
      partnerId: string | null;
      /** @enum {string|null} */
      partnerKind: "carrier" | "supplier" | "outlet" | null;
      partnerName: string | null;
      /** @enum {string} */
      priority: "P1" | "P2" | "P3" | "P4";
      priorityReasons: {
          factor: string;
          labelEn: string;
          labelZh: string;
          points: number;
        }[];
      promisedDeliveryAt: string | null;
      publicExposure: boolean;
      quantity: number | null;
      /** Format: uuid */
      receivedById: string | null;
      receivedByName: string | null;
      regulatorReferral: string | null;
      rejectReason: string | null;
      route: string | null;
      /** @enum {string|null} */
      serviceType: "same_city" | "intra_province" | "inter_province" | null;
      shippedAt: string | null;
      sla: ({
        nextDueAt: string | null;
        status: string | null;
        targets: ({
            breachedAt: string | null;
            dueAt: string | null;
            metAt: string | null;
            status: string;
            target: string;
          })[];
      }) | null;
      stage: string | null;
      /** @enum {string} */
      status: "registered" | "acknowledged" | "assigned" | "investigating" | "remedy_proposed" | "awaiting_customer" | "executing" | "resolved" | "follow_up" | "closed" | "rejected" | "merged";
      store: string | null;
      suggestion: {
        [key: string]: unknown;
      } | null;
      updatedAt: string;
      upset: boolean;
      /** @enum {string} */
      urgency: "normal" | "urgent" | "critical";
      version: number;
      waybillNo: string | null;
    };
    CategoryAdmin: {
      active: boolean;
      /** @enum {string} */
      baseUrgency: "normal" | "urgent" | "critical";
      code: string;
      definitionEn: string | null;
      definitionZh: string | null;
      foodSafety: boolean;
      keywords: {
          term: string;
          weight: number;
        }[];
      nameEn: string;
      nameZh: string;
      /** @enum {string|null} */
      nature: "service_quality" | "operation_error" | "information" | "fee_dispute" | null;
      sortOrder: number;
    };
    CategoryAdminInput: {
      active: boolean;
      /** @enum {string} */
      baseUrgency: "normal" | "urgent" | "critical";
      code: string;
      definitionEn: string | null;
      definitionZh: string | null;
      foodSafety: boolean;
      keywords: {
          term: string;
          weight: number;
        }[];
      nameEn: string;
      nameZh: string;
      /** @enum {string|null} */
      nature: "service_quality" | "operation_error" | "information" | "fee_dispute" | null;
      sortOrder: number;
    };
    CategoryEvidenceChecklist: {
      category: string;
      defaults: {
          code: string;
          en: string;
          required: boolean;
          zh: string;
        }[];
      isDefault: boolean;
      items: {
          code: string;
          en: string;
          required: boolean;
          zh: string;
        }[];
      nameEn: string;
      nameZh: string;
    };
    CategoryEvidenceChecklistInput: {
      category: string;
      defaults: {
          code: string;
          en: string;
          required: boolean;
          zh: string;
        }[];
      isDefault: boolean;
      items: {
          code: string;
          en: string;
          required: boolean;
          zh: string;
        }[];
      nameEn: string;
      nameZh: string;
    };
    Cause: {
      active: boolean;
      code: string;
      nameEn: string;
      nameZh: string;
      /** @enum {string} */
      responsibility: "internal" | "external_partner" | "force_majeure" | "customer";
    };
    CauseAdmin: {
      active: boolean;
      code: string;
      definitionEn: string | null;
      definitionZh: string | null;
      nameEn: string;
      nameZh: string;
      /** @enum {string} */
      responsibility: "internal" | "external_partner" | "force_majeure" | "customer";
      sortOrder: number;
    };
    CauseAdminInput: {
      active: boolean;
      code: string;
      definitionEn: string | null;
      definitionZh: string | null;
      nameEn: string;
      nameZh: string;
      /** @enum {string} */
      responsibility: "internal" | "external_partner" | "force_majeure" | "customer";
      sortOrder: number;
    };
    CauseInput: {
      active: boolean;
      code: string;
      nameEn: string;
      nameZh: string;
      /** @enum {string} */
      responsibility: "internal" | "external_partner" | "force_majeure" | "customer";
    };
    ChannelSettings: {
      /** @enum {string} */
      channel: "sms" | "wechat" | "email";
      driver: string;
      drivers: string[];
      enabled: boolean;
      maxAttempts: number;
      options: {
        [key: string]: string | number | boolean;
      };
      secrets: {
        [key: string]: "set" | "unset";
      };
    };
    ChannelSettingsInput: {
      /** @enum {string} */
      channel: "sms" | "wechat" | "email";
      driver: string;
      drivers: string[];
      enabled: boolean;
      maxAttempts: number;
      options: {
        [key: string]: string | number | boolean;
      };
      secrets: {
        [key: string]: "set" | "unset";
      };
    };
    ChannelSettingsList: {
      items: components["schemas"]["ChannelSettings"][];
    };
    ChannelSettingsListInput: {
      items: components["schemas"]["ChannelSettingsInput"][];
    };
    Claim: {
      ageDays: number;
      agreedFen: number | null;
      answeredAt: string | null;
      basis: components["schemas"]["ClaimBasis"];
      /** Format: uuid */
      caseId: string;
      caseNumber: string;
      claimedFen: number;
      closedAt: string | null;
      filedAt: string;
      filedByName: string | null;
      /** Format: uuid */
      id: string;
      next: ("filed" | "accepted" | "rejected" | "paid" | "written_off")[];
      note: string | null;
      outstandingFen: number;
      paidAt: string | null;
      /** Format: uuid */
      partnerId: string;
      /** @enum {string} */
      partnerKind: "carrier" | "supplier" | "outlet";
      partnerName: string;
      reason: string | null;
      recoveredFen: number | null;
      /** @enum {string} */
      status: "filed" | "accepted" | "rejected" | "paid" | "written_off";
      updatedAt: string;
      version: number;
    };
    ClaimBasis: {
      amountFen: number;
      domainRules: number[];
      explain: {
        en: string;
        zh: string;
      };
      limits: ({
          binding: boolean;
          ceilingFen: number;
          explain: {
            en: string;
            zh: string;
          };
          /** @enum {string} */
          term: "loss" | "insured_declared_value" | "fee_multiple" | "contract_cap";
        })[];
      lossFen: number;
      partner: {
        claimCapFen: number | null;
        claimMultiple: number | null;
        compensationTerms: string | null;
        /** Format: uuid */
        id: string;
        /** @enum {string} */
        kind: "carrier" | "supplier" | "outlet";
        name: string;
      };
      shipment: {
        declaredValueFen: number | null;
        freightFen: number | null;
        insured: boolean;
      };
      source: OneOf<[{
        items: {
            amountFen: number;
            kind: string;
          }[];
        /** @enum {string} */
        kind: "remedy";
        /** Format: uuid */
        remedyId: string;
      }, {
        basis: string;
        /** @enum {string} */
        kind: "explicit";
      }]>;
      /** @enum {string} */
      term: "loss" | "insured_declared_value" | "fee_multiple" | "contract_cap";
      termTitle: {
        en: string;
        zh: string;
      };
    };
    ClaimBasisInput: {
      amountFen: number;
      domainRules: number[];
      explain: {
        en: string;
        zh: string;
      };
      limits: ({
          binding: boolean;
          ceilingFen: number;
          explain: {
            en: string;
            zh: string;
          };
          /** @enum {string} */
          term: "loss" | "insured_declared_value" | "fee_multiple" | "contract_cap";
        })[];
      lossFen: number;
      partner: {
        claimCapFen: number | null;
        claimMultiple: number | null;
        compensationTerms: string | null;
        /** Format: uuid */
        id: string;
        /** @enum {string} */
        kind: "carrier" | "supplier" | "outlet";
        name: string;
      };
      shipment: {
        declaredValueFen: number | null;
        freightFen: number | null;
        insured: boolean;
      };
      source: OneOf<[{
        items: {
            amountFen: number;
            kind: string;
          }[];
        /** @enum {string} */
        kind: "remedy";
        /** Format: uuid */
        remedyId: string;
      }, {
        basis: string;
        /** @enum {string} */
        kind: "explicit";
      }]>;
      /** @enum {string} */
      term: "loss" | "insured_declared_value" | "fee_multiple" | "contract_cap";
      termTitle: {
        en: string;
        zh: string;
      };
    };
    ClaimInput: {
      ageDays: number;
      agreedFen: number | null;
      answeredAt: string | null;
      basis: components["schemas"]["ClaimBasisInput"];
      /** Format: uuid */
      caseId: string;
      caseNumber: string;
      claimedFen: number;
      closedAt: string | null;
      filedAt: string;
      filedByName: string | null;
      /** Format: uuid */
      id: string;
      next: ("filed" | "accepted" | "rejected" | "paid" | "written_off")[];
      note: string | null;
      outstandingFen: number;
      paidAt: string | null;
      /** Format: uuid */
      partnerId: string;
      /** @enum {string} */
      partnerKind: "carrier" | "supplier" | "outlet";
      partnerName: string;
      reason: string | null;
      recoveredFen: number | null;
      /** @enum {string} */
      status: "filed" | "accepted" | "rejected" | "paid" | "written_off";
      updatedAt: string;
      version: number;
    };
    ClaimList: {
      items: components["schemas"]["Claim"][];
      partners: ({
          claimedFen: number;
          count: number;
          outstandingFen: number;
          /** Format: uuid */
          partnerId: string;
          /** @enum {string} */
          partnerKind: "carrier" | "supplier" | "outlet";
          partnerName: string;
          recoveredFen: number;
        })[];
      total: {
        claimedFen: number;
        count: number;
        outstandingFen: number;
        recoveredFen: number;
      };
    };
    ClaimListInput: {
      items: components["schemas"]["ClaimInput"][];
      partners: ({
          claimedFen: number;
          count: number;
          outstandingFen: number;
          /** Format: uuid */
          partnerId: string;
          /** @enum {string} */
          partnerKind: "carrier" | "supplier" | "outlet";
          partnerName: string;
          recoveredFen: number;
        })[];
      total: {
        claimedFen: number;
        count: number;
        outstandingFen: number;
        recoveredFen: number;
      };
    };
    ClassifierModel: {
      examples: number;
      id: string;
      metrics: {
        quality?: {
          category?: {
            baselineAccuracy?: number;
            examples?: number;
            looAccuracy?: number;
            skill?: number;
            [key: string]: unknown;
          };
          urgency?: {
            baselineAccuracy?: number;
            examples?: number;
            looAccuracy?: number;
            skill?: number;
            [key: string]: unknown;
          };
          [key: string]: unknown;
        };
        [key: string]: unknown;
      } | null;
      trainedAt: string;
    };
    ClassifierModelInput: {
      examples: number;
      id: string;
      metrics: {
        quality?: {
          category?: {
            baselineAccuracy?: number;
            examples?: number;
            looAccuracy?: number;
            skill?: number;
            [key: string]: unknown;
          };
          urgency?: {
            baselineAccuracy?: number;
            examples?: number;
            looAccuracy?: number;
            skill?: number;
            [key: string]: unknown;
          };
          [key: string]: unknown;
        };
        [key: string]: unknown;
      } | null;
      trainedAt: string;
    };
    CompensationRuleInfo: {
      basis: string;
      code: string;
      domainRules: number[];
      seeds: string[];
      title: {
        en: string;
        zh: string;
      };
    };
    CompensationRuleInfoInput: {
      basis: string;
      code: string;
      domainRules: number[];
      seeds: string[];
      title: {
        en: string;
        zh: string;
      };
    };
    CompleteDelay: ({
      completeDelayAt: string;
      /** @enum {string} */
      status: "on_time" | "delayed" | "complete_delay";
      thresholdDays: number;
      treatAsLoss: boolean;
    }) | null;
    CompleteDelayInput: ({
      completeDelayAt: string;
      /** @enum {string} */
      status: "on_time" | "delayed" | "complete_delay";
      thresholdDays: number;
      treatAsLoss: boolean;
    }) | null;
    CompleteExecutionAction: {
      amountFen?: number | null;
      note?: unknown;
      repair?: {
        fault: string;
        method: string;
        partsReplaced?: unknown;
      } | null;
    };
    CompleteExecutionActionInput: {
      amountFen?: number | null;
      note?: string | null;
      repair?: ({
        fault: string;
        method: string;
        partsReplaced?: string | null;
      }) | null;
    };
    CostBudget: {
      amountFen: number;
      /** Format: uuid */
      id: string;
      month: string;
      /** @enum {string} */
      scope: "company" | "category" | "department";
      scopeKey: string;
      updatedAt: string;
    };
    CostBudgetBody: {
      amountFen: number | null;
      month: string;
      /** @enum {string} */
      scope: "company" | "category" | "department";
      /** @default */
      scopeKey: string;
    };
    CostBudgetBodyInput: {
      amountFen: number | null;
      month: string;
      /** @enum {string} */
      scope: "company" | "category" | "department";
      /** @default */
      scopeKey?: string;
    };
    CostBudgetInput: {
      amountFen: number;
      /** Format: uuid */
      id: string;
      month: string;
      /** @enum {string} */
      scope: "company" | "category" | "department";
      scopeKey: string;
      updatedAt: string;
    };
    CostEntry: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      amountFen: number;
      can: {
        reverse: boolean;
      };
      /** Format: uuid */
      caseId: string;
      caseNumber: string;
      category: string | null;
      /** Format: uuid */
      departmentId: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "compensation" | "refund" | "fee_waiver" | "resend" | "replacement" | "repair" | "voucher" | "return_freight" | "extra_compensation" | "labour" | "recovery" | "other";
      labourMinutes: number | null;
      month: string;
      note: string | null;
      occurredAt: string;
      postedAt: string;
      rateFenPerHour: number | null;
      /** Format: uuid */
      reversedById: string | null;
      /** Format: uuid */
      reversesId: string | null;
      /** @enum {string} */
      source: "execution_action" | "claim" | "labour" | "manual" | "reversal";
      sourceId: string | null;
    };
    CostEntryInput: {
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      amountFen: number;
      can: {
        reverse: boolean;
      };
      /** Format: uuid */
      caseId: string;
      caseNumber: string;
      category: string | null;
      /** Format: uuid */
      departmentId: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "compensation" | "refund" | "fee_waiver" | "resend" | "replacement" | "repair" | "voucher" | "return_freight" | "extra_compensation" | "labour" | "recovery" | "other";
      labourMinutes: number | null;
      month: string;
      note: string | null;
      occurredAt: string;
      postedAt: string;
      rateFenPerHour: number | null;
      /** Format: uuid */
      reversedById: string | null;
      /** Format: uuid */
      reversesId: string | null;
      /** @enum {string} */
      source: "execution_action" | "claim" | "labour" | "manual" | "reversal";
      sourceId: string | null;
    };
    CostLedger: {
      items: components["schemas"]["CostEntry"][];
      nextCursor: string | null;
    };
    CostLedgerInput: {
      items: components["schemas"]["CostEntryInput"][];
      nextCursor: string | null;
    };
    CostReport: {
      /** @enum {string} */
      by: "category" | "department" | "kind";
      company: ({
          budgetFen: number | null;
          grossFen: number;
          month: string;
          netFen: number;
          percentUsed: number | null;
          recoveriesFen: number;
          /** @enum {string} */
          status: "no_budget" | "within" | "near" | "over";
          varianceFen: number | null;
        })[];
      from: string;
      months: string[];
      rows: ({
          budgetFen: number | null;
          grossFen: number;
          group: string | null;
          month: string;
          netFen: number;
          percentUsed: number | null;
          recoveriesFen: number;
          /** @enum {string} */
          status: "no_budget" | "within" | "near" | "over";
          varianceFen: number | null;
        })[];
      to: string;
    };
    CostReportInput: {
      /** @enum {string} */
      by: "category" | "department" | "kind";
      company: ({
          budgetFen: number | null;
          grossFen: number;
          month: string;
          netFen: number;
          percentUsed: number | null;
          recoveriesFen: number;
          /** @enum {string} */
          status: "no_budget" | "within" | "near" | "over";
          varianceFen: number | null;
        })[];
      from: string;
      months: string[];
      rows: ({
          budgetFen: number | null;
          grossFen: number;
          group: string | null;
          month: string;
          netFen: number;
          percentUsed: number | null;
          recoveriesFen: number;
          /** @enum {string} */
          status: "no_budget" | "within" | "near" | "over";
          varianceFen: number | null;
        })[];
      to: string;
    };
    CostSettings: {
      defaultLabourRateFenPerHour: number;
      isDefault: boolean;
      labourRateFenPerHour: number;
    };
    CostSettingsBody: {
      labourRateFenPerHour: number;
    };
    CostSettingsBodyInput: {
      labourRateFenPerHour: number;
    };
    CostSettingsInput: {
      defaultLabourRateFenPerHour: number;
      isDefault: boolean;
      labourRateFenPerHour: number;
    };
    CostTotals: {
      grossFen: number;
      netFen: number;
      recoveriesFen: number;
    };
    CostTotalsInput: {
      grossFen: number;
      netFen: number;
      recoveriesFen: number;
    };
    CreateAccountabilityRecord: {
      amountFen?: number | null;
      /** Format: uuid */
      caseId?: string | null;
      caseNumber?: string | null;
      /** Format: uuid */
      departmentId?: string | null;
      /** @enum {string} */
      kind: "bonus" | "honour_certificate" | "commendation" | "criticism" | "warning" | "fine" | "demotion";
      reason: string;
      /** Format: uuid */
      userId?: string | null;
    };
    CreateAccountabilityRecordInput: {
      amountFen?: number | null;
      /** Format: uuid */
      caseId?: string | null;
      caseNumber?: string | null;
      /** Format: uuid */
      departmentId?: string | null;
      /** @enum {string} */
      kind: "bonus" | "honour_certificate" | "commendation" | "criticism" | "warning" | "fine" | "demotion";
      reason: string;
      /** Format: uuid */
      userId?: string | null;
    };
    CreateCase: {
      brandCompany?: unknown;
      category?: string | null;
      cause?: string | null;
      /** @enum {string} */
      channel: "hotline" | "web" | "h5" | "app" | "api" | "email" | "wechat" | "social" | "store" | "qr" | "internal";
      customer: {
        /** Format: email */
        email?: string | null;
        isKey?: boolean;
        name: string;
        phone: unknown;
      };
      declaredValueYuan?: number | null;
      deliveryCompany?: unknown;
      demand?: unknown;
      description: string;
      freightFen?: number | null;
      goodsName?: unknown;
      insured?: boolean | null;
      itemPriceFen?: number | null;
      /** Format: date-time */
      occurredAt?: string | null;
      orderNo?: unknown;
      /** Format: uuid */
      partnerId?: string | null;
      /** @enum {string} */
      priority?: "P1" | "P2" | "P3" | "P4";
      /** Format: date-time */
      promisedDeliveryAt?: string | null;
      quantity?: number | null;
      /** @enum {string|null} */
      regulatorReferral?: "12305" | "12315" | "other" | null;
      route?: unknown;
      /** @enum {string|null} */
      serviceType?: "same_city" | "intra_province" | "inter_province" | null;
      /** Format: date-time */
      shippedAt?: string | null;
      stage?: string | null;
      store?: unknown;
      /** @enum {string} */
      urgency?: "normal" | "urgent" | "critical";
      waybillNo?: unknown;
    };
    CreateCaseInput: {
      brandCompany?: string | null;
      category?: string | null;
      cause?: string | null;
      /** @enum {string} */
      channel: "hotline" | "web" | "h5" | "app" | "api" | "email" | "wechat" | "social" | "store" | "qr" | "internal";
      customer: {
        /** Format: email */
        email?: string | null;
        isKey?: boolean;
        name: string;
        phone: string;
      };
      declaredValueYuan?: number | null;
      deliveryCompany?: string | null;
      demand?: string | null;
      description: string;
      freightFen?: number | null;
      goodsName?: string | null;
      insured?: boolean | null;
      itemPriceFen?: number | null;
      /** Format: date-time */
      occurredAt?: string | null;
      orderNo?: string | null;
      /** Format: uuid */
      partnerId?: string | null;
      /** @enum {string} */
      priority?: "P1" | "P2" | "P3" | "P4";
      /** Format: date-time */
      promisedDeliveryAt?: string | null;
      quantity?: number | null;
      /** @enum {string|null} */
      regulatorReferral?: "12305" | "12315" | "other" | null;
      route?: string | null;
      /** @enum {string|null} */
      serviceType?: "same_city" | "intra_province" | "inter_province" | null;
      /** Format: date-time */
      shippedAt?: string | null;
      stage?: string | null;
      store?: string | null;
      /** @enum {string} */
      urgency?: "normal" | "urgent" | "critical";
      waybillNo?: string | null;
    };
    CreateCause: {
      /** @default true */
      active: boolean;
      code: string;
      definitionEn?: string | null;
      definitionZh?: string | null;
      nameEn: string;
      nameZh: string;
      /**
       * @default internal
       * @enum {string}
       */
      responsibility: "internal" | "external_partner" | "force_majeure" | "customer";
      /** @default 100 */
      sortOrder: number;
    };
    CreateCauseInput: {
      /** @default true */
      active?: boolean;
      code: string;
      definitionEn?: string | null;
      definitionZh?: string | null;
      nameEn: string;
      nameZh: string;
      /**
       * @default internal
       * @enum {string}
       */
      responsibility?: "internal" | "external_partner" | "force_majeure" | "customer";
      /** @default 100 */
      sortOrder?: number;
    };
    CreateExecutionAction: {
      amountFen?: number | null;
      /** Format: uuid */
      assigneeId?: string | null;
      /** Format: uuid */
      departmentId?: string | null;
      /** Format: date-time */
      dueAt?: string | null;
      /** @enum {string} */
      kind: "refund" | "compensation" | "resend" | "replace" | "repair" | "voucher" | "return_wrong_item" | "keep_wrong_item" | "fee_waiver" | "other";
      note?: unknown;
      /** Format: uuid */
      retryOfId?: string | null;
    };
    CreateExecutionActionInput: {
      amountFen?: number | null;
      /** Format: uuid */
      assigneeId?: string | null;
      /** Format: uuid */
      departmentId?: string | null;
      /** Format: date-time */
      dueAt?: string | null;
      /** @enum {string} */
      kind: "refund" | "compensation" | "resend" | "replace" | "repair" | "voucher" | "return_wrong_item" | "keep_wrong_item" | "fee_waiver" | "other";
      note?: string | null;
      /** Format: uuid */
      retryOfId?: string | null;
    };
    CreateInvestigationTask: {
      /** Format: uuid */
      departmentId: string;
      /** Format: date-time */
      dueAt?: string | null;
      instructions: string;
      /** Format: uuid */
      ownerId?: string | null;
    };
    CreateInvestigationTaskInput: {
      /** Format: uuid */
      departmentId: string;
      /** Format: date-time */
      dueAt?: string | null;
      instructions: string;
      /** Format: uuid */
      ownerId?: string | null;
    };
    CreatePartner: {
      /** @default true */
      active: boolean;
      claimCapFen?: number | null;
      claimMultiple?: number | null;
      compensationTerms?: unknown;
      /** Format: email */
      contactEmail?: string | null;
      contactName?: unknown;
      contactPhone?: unknown;
      /** @enum {string} */
      kind: "carrier" | "supplier" | "outlet";
      name: string;
    };
    CreatePartnerInput: {
      /** @default true */
      active?: boolean;
      claimCapFen?: number | null;
      claimMultiple?: number | null;
      compensationTerms?: string | null;
      /** Format: email */
      contactEmail?: string | null;
      contactName?: string | null;
      contactPhone?: string | null;
      /** @enum {string} */
      kind: "carrier" | "supplier" | "outlet";
      name: string;
    };
    CreateStage: {
      /** @default true */
      active: boolean;
      code: string;
      definitionEn?: string | null;
      definitionZh?: string | null;
      /** @default [] */
      keywords: {
          term: string;
          weight: number;
        }[];
      nameEn: string;
      nameZh: string;
      /** @default 100 */
      sortOrder: number;
    };
    CreateStageInput: {
      /** @default true */
      active?: boolean;
      code: string;
      definitionEn?: string | null;
      definitionZh?: string | null;
      /** @default [] */
      keywords?: {
          term: string;
          weight: number;
        }[];
      nameEn: string;
      nameZh: string;
      /** @default 100 */
      sortOrder?: number;
    };
    CustomerErasure: {
      alreadyErased: boolean;
      attachmentsRedacted: number;
      cases: number;
      /** Format: uuid */
      customerId: string;
      erasedAt: string;
      eventsRedacted: number;
      recordsRedacted: number;
    };
    CustomerErasureInput: {
      alreadyErased: boolean;
      attachmentsRedacted: number;
      cases: number;
      /** Format: uuid */
      customerId: string;
      erasedAt: string;
      eventsRedacted: number;
      recordsRedacted: number;
    };
    CustomerErasureRequest: {
      reason: string;
    };
    CustomerErasureRequestInput: {
      reason: string;
    };
    CustomerExport: {
      cases: ({
          attachments: {
              contentType: string;
              createdAt: string;
              filename: string;
              /** Format: uuid */
              id: string;
              size: number;
            }[];
          case: components["schemas"]["Case"];
          events: components["schemas"]["CaseEvent"][];
          redactions: ({
              /** @enum {string} */
              cause: "request" | "retention";
              /** @enum {string} */
              kind: "case_text" | "attachments";
              redactedAt: string;
            })[];
          texts: {
            [key: string]: unknown;
          };
        })[];
      customer: {
        createdAt: string;
        email: string | null;
        erasedAt: string | null;
        /** Format: uuid */
        id: string;
        isKey: boolean;
        name: string;
        phone: string;
      };
      exportedAt: string;
    };
    CustomerExportInput: {
      cases: ({
          attachments: {
              contentType: string;
              createdAt: string;
              filename: string;
              /** Format: uuid */
              id: string;
              size: number;
            }[];
          case: components["schemas"]["CaseInput"];
          events: components["schemas"]["CaseEventInput"][];
          redactions: ({
              /** @enum {string} */
              cause: "request" | "retention";
              /** @enum {string} */
              kind: "case_text" | "attachments";
              redactedAt: string;
            })[];
          texts: {
            [key: string]: unknown;
          };
        })[];
      customer: {
        createdAt: string;
        email: string | null;
        erasedAt: string | null;
        /** Format: uuid */
        id: string;
        isKey: boolean;
        name: string;
        phone: string;
      };
      exportedAt: string;
    };
    CustomerLookup: {
      cases: components["schemas"]["Case"][];
      customer: components["schemas"]["CaseCustomer"];
    };
    CustomerLookupInput: {
      cases: components["schemas"]["CaseInput"][];
      customer: components["schemas"]["CaseCustomerInput"];
    };
    CustomerLookupResult: {
      cases: components["schemas"]["Case"][];
      customer: components["schemas"]["CaseCustomer"] | null;
    };
    CustomerLookupResultInput: {
      cases: components["schemas"]["CaseInput"][];
      customer: components["schemas"]["CaseCustomerInput"] | null;
    };
    CustomerMessages: {
      items: ({
          body: string;
          /** @enum {string} */
          channel: "sms" | "wechat" | "email";
          createdAt: string;
          /** @enum {string} */
          event: "received" | "assigned" | "progress_reply" | "remedy_offered" | "remedy_executed" | "resolved" | "survey" | "otp";
          /** Format: uuid */
          id: string;
          lastError: string | null;
          recipient: string | null;
          sentAt: string | null;
          /** @enum {string} */
          status: "pending" | "sending" | "sent" | "failed" | "suppressed";
          suppressedReason: string | null;
        })[];
      settings: components["schemas"]["CustomerMessageSettings"];
    };
    CustomerMessageSettings: {
      canEdit: boolean;
      email: string | null;
      erased: boolean;
      hasWechat: boolean;
      /** @enum {string} */
      language: "zh" | "en";
      optOut: boolean;
      /** @enum {string|null} */
      preferredChannel: "sms" | "wechat" | "email" | null;
    };
    CustomerMessageSettingsChange: {
      email?: (string | "") | null;
      /** @enum {string} */
      language?: "zh" | "en";
      optOut?: boolean;
      /** @enum {string|null} */
      preferredChannel?: "sms" | "wechat" | "email" | null;
    };
    CustomerMessageSettingsChangeInput: {
      email?: (string | "") | null;
      /** @enum {string} */
      language?: "zh" | "en";
      optOut?: boolean;
      /** @enum {string|null} */
      preferredChannel?: "sms" | "wechat" | "email" | null;
    };
    CustomerMessageSettingsInput: {
      canEdit: boolean;
      email: string | null;
      erased: boolean;
      hasWechat: boolean;
      /** @enum {string} */
      language: "zh" | "en";
      optOut: boolean;
      /** @enum {string|null} */
      preferredChannel: "sms" | "wechat" | "email" | null;
    };
    CustomerMessagesInput: {
      items: ({
          body: string;
          /** @enum {string} */
          channel: "sms" | "wechat" | "email";
          createdAt: string;
          /** @enum {string} */
          event: "received" | "assigned" | "progress_reply" | "remedy_offered" | "remedy_executed" | "resolved" | "survey" | "otp";
          /** Format: uuid */
          id: string;
          lastError: string | null;
          recipient: string | null;
          sentAt: string | null;
          /** @enum {string} */
          status: "pending" | "sending" | "sent" | "failed" | "suppressed";
          suppressedReason: string | null;
        })[];
      settings: components["schemas"]["CustomerMessageSettingsInput"];
    };
    Department: {
      active: boolean;
      /** @enum {string} */
      assignmentStrategy: "round_robin" | "least_load" | "none";
      code: string;
      /** Format: uuid */
      id: string;
      name: string;
    };
    DepartmentInput: {
      active: boolean;
      /** @enum {string} */
      assignmentStrategy: "round_robin" | "least_load" | "none";
      code: string;
      /** Format: uuid */
      id: string;
      name: string;
    };
    Error: {
      error: {
        code: string;
        details?: {
          [key: string]: unknown;
        };
        fields?: {
            message: string;
            path: string;
          }[];
        message: string;
        requestId: string;
      };
    };
    ErrorInput: {
      error: {
        code: string;
        details?: {
          [key: string]: unknown;
        };
        fields?: {
            message: string;
            path: string;
          }[];
        message: string;
        requestId: string;
      };
    };
    Escalation: {
      assigneeName: string | null;
      at: string;
      /** Format: uuid */
      caseId: string;
      caseNumber: string;
      departmentName: string | null;
      escalationLevel: number;
      /** Format: uuid */
      eventId: string;
      level: number;
      priority: string;
      reason: string;
      role: string;
      status: string;
      target: string | null;
    };
    EscalationInput: {
      assigneeName: string | null;
      at: string;
      /** Format: uuid */
      caseId: string;
      caseNumber: string;
      departmentName: string | null;
      escalationLevel: number;
      /** Format: uuid */
      eventId: string;
      level: number;
      priority: string;
      reason: string;
      role: string;
      status: string;
      target: string | null;
    };
    EvidenceChecklistItem: {
      code: string;
      done: boolean;
      files: ({
          /** Format: uuid */
          caseId: string;
          contentType: string;
          createdAt: string;
          filename: string;
          hidden: boolean;
          hiddenAt: string | null;
          hiddenByName: string | null;
          hiddenReason: string | null;
          /** Format: uuid */
          id: string;
          linkedAt: string;
          linkedByName: string | null;
          sha256: string;
          size: number;
          /** Format: uuid */
          uploadedById: string | null;
          uploadedByName: string | null;
          url: string;
        })[];
      labelEn: string;
      labelZh: string;
      notApplicableReason: string | null;
      required: boolean;
      retired: boolean;
    };
    EvidenceChecklistItemInput: {
      code: string;
      done: boolean;
      files: ({
          /** Format: uuid */
          caseId: string;
          contentType: string;
          createdAt: string;
          filename: string;
          hidden: boolean;
          hiddenAt: string | null;
          hiddenByName: string | null;
          hiddenReason: string | null;
          /** Format: uuid */
          id: string;
          linkedAt: string;
          linkedByName: string | null;
          sha256: string;
          size: number;
          /** Format: uuid */
          uploadedById: string | null;
          uploadedByName: string | null;
          url: string;
        })[];
      labelEn: string;
      labelZh: string;
      notApplicableReason: string | null;
      required: boolean;
      retired: boolean;
    };
    EvidenceMark: {
      /** Format: uuid */
      attachmentId?: string;
      itemCode: string;
      notApplicableReason?: string;
    };
    EvidenceMarkInput: {
      /** Format: uuid */
      attachmentId?: string;
      itemCode: string;
      notApplicableReason?: string;
    };
    ExecutionAction: {
      amountFen: number | null;
      /** Format: uuid */
      assigneeId: string | null;
      assigneeName: string | null;
      can: {
        cancel: boolean;
        complete: boolean;
        fail: boolean;
        retry: boolean;
      };
      cancelReason: string | null;
      /** Format: uuid */
      caseId: string;
      caseNumber: string;
      caseStatus: string;
      createdAt: string;
      departmentCode: string;
      /** Format: uuid */
      departmentId: string;
      departmentName: string;
      dueAt: string | null;
      finishedAt: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "refund" | "compensation" | "resend" | "replace" | "repair" | "voucher" | "return_wrong_item" | "keep_wrong_item" | "fee_waiver" | "other";
      note: string | null;
      overdue: boolean;
      /** Format: uuid */
      remedyId: string | null;
      repair: ({
        fault: string;
        method: string;
        partsReplaced: string | null;
      }) | null;
      resultNote: string | null;
      /** Format: uuid */
      retryOfId: string | null;
      /** @enum {string} */
      status: "open" | "done" | "failed" | "cancelled";
    };
    ExecutionActionInput: {
      amountFen: number | null;
      /** Format: uuid */
      assigneeId: string | null;
      assigneeName: string | null;
      can: {
        cancel: boolean;
        complete: boolean;
        fail: boolean;
        retry: boolean;
      };
      cancelReason: string | null;
      /** Format: uuid */
      caseId: string;
      caseNumber: string;
      caseStatus: string;
      createdAt: string;
      departmentCode: string;
      /** Format: uuid */
      departmentId: string;
      departmentName: string;
      dueAt: string | null;
      finishedAt: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "refund" | "compensation" | "resend" | "replace" | "repair" | "voucher" | "return_wrong_item" | "keep_wrong_item" | "fee_waiver" | "other";
      note: string | null;
      overdue: boolean;
      /** Format: uuid */
      remedyId: string | null;
      repair: ({
        fault: string;
        method: string;
        partsReplaced: string | null;
      }) | null;
      resultNote: string | null;
      /** Format: uuid */
      retryOfId: string | null;
      /** @enum {string} */
      status: "open" | "done" | "failed" | "cancelled";
    };
    ExecutionInbox: {
      count: number;
      items: components["schemas"]["ExecutionAction"][];
      overdue: number;
    };
    ExecutionInboxInput: {
      count: number;
      items: components["schemas"]["ExecutionActionInput"][];
      overdue: number;
    };
    ExecutionSettings: {
      departments: {
        /** @enum {string} */
        compensation: "service" | "dispatch" | "quality" | "warehouse" | "logistics" | "finance" | "store";
        /** @enum {string} */
        fee_waiver: "service" | "dispatch" | "quality" | "warehouse" | "logistics" | "finance" | "store";
        /** @enum {string} */
        keep_wrong_item: "service" | "dispatch" | "quality" | "warehouse" | "logistics" | "finance" | "store";
        /** @enum {string} */
        other: "service" | "dispatch" | "quality" | "warehouse" | "logistics" | "finance" | "store";
        /** @enum {string} */
        refund: "service" | "dispatch" | "quality" | "warehouse" | "logistics" | "finance" | "store";
        /** @enum {string} */
        repair: "service" | "dispatch" | "quality" | "warehouse" | "logistics" | "finance" | "store";
        /** @enum {string} */
        replace: "service" | "dispatch" | "quality" | "warehouse" | "logistics" | "finance" | "store";
        /** @enum {string} */
        resend: "service" | "dispatch" | "quality" | "warehouse" | "logistics" | "finance" | "store";
        /** @enum {string} */
        return_wrong_item: "service" | "dispatch" | "quality" | "warehouse" | "logistics" | "finance" | "store";
        /** @enum {string} */
        voucher: "service" | "dispatch" | "quality" | "warehouse" | "logistics" | "finance" | "store";
      };
      isDefault: boolean;
    };
    ExecutionSettingsInput: {
      departments: {
        /** @enum {string} */
        compensation: "service" | "dispatch" | "quality" | "warehouse" | "logistics" | "finance" | "store";
        /** @enum {string} */
        fee_waiver: "service" | "dispatch" | "quality" | "warehouse" | "logistics" | "finance" | "store";
        /** @enum {string} */
        keep_wrong_item: "service" | "dispatch" | "quality" | "warehouse" | "logistics" | "finance" | "store";
        /** @enum {string} */
        other: "service" | "dispatch" | "quality" | "warehouse" | "logistics" | "finance" | "store";
        /** @enum {string} */
        refund: "service" | "dispatch" | "quality" | "warehouse" | "logistics" | "finance" | "store";
        /** @enum {string} */
        repair: "service" | "dispatch" | "quality" | "warehouse" | "logistics" | "finance" | "store";
        /** @enum {string} */
        replace: "service" | "dispatch" | "quality" | "warehouse" | "logistics" | "finance" | "store";
        /** @enum {string} */
        resend: "service" | "dispatch" | "quality" | "warehouse" | "logistics" | "finance" | "store";
        /** @enum {string} */
        return_wrong_item: "service" | "dispatch" | "quality" | "warehouse" | "logistics" | "finance" | "store";
        /** @enum {string} */
        voucher: "service" | "dispatch" | "quality" | "warehouse" | "logistics" | "finance" | "store";
      };
      isDefault: boolean;
    };
    FailExecutionAction: {
      note: string;
    };
    FailExecutionActionInput: {
      note: string;
    };
    Investigation: {
      canManage: boolean;
      /** Format: uuid */
      caseId: string;
      checklist: components["schemas"]["EvidenceChecklistItem"][];
      responsibility: components["schemas"]["Responsibility"] | null;
      responsibilityRequired: boolean;
      tasks: components["schemas"]["InvestigationTask"][];
    };
    InvestigationInput: {
      canManage: boolean;
      /** Format: uuid */
      caseId: string;
      checklist: components["schemas"]["EvidenceChecklistItemInput"][];
      responsibility: components["schemas"]["ResponsibilityInput"] | null;
      responsibilityRequired: boolean;
      tasks: components["schemas"]["InvestigationTaskInput"][];
    };
    InvestigationTask: {
      canEdit: boolean;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      createdByName: string | null;
      /** Format: uuid */
      departmentId: string;
      departmentName: string;
      dueAt: string | null;
      findings: string | null;
      finishedAt: string | null;
      /** Format: uuid */
      id: string;
      instructions: string;
      /** Format: uuid */
      ownerId: string | null;
      ownerName: string | null;
      /** @enum {string} */
      status: "open" | "done" | "cancelled";
      updatedAt: string;
    };
    InvestigationTaskInput: {
      canEdit: boolean;
      /** Format: uuid */
      caseId: string;
      createdAt: string;
      createdByName: string | null;
      /** Format: uuid */
      departmentId: string;
      departmentName: string;
      dueAt: string | null;
      findings: string | null;
      finishedAt: string | null;
      /** Format: uuid */
      id: string;
      instructions: string;
      /** Format: uuid */
      ownerId: string | null;
      ownerName: string | null;
      /** @enum {string} */
      status: "open" | "done" | "cancelled";
      updatedAt: string;
    };
    LabourEntryBody: {
      minutes: number;
      note?: unknown;
      /** Format: date-time */
      occurredAt?: string | null;
    };
    LabourEntryBodyInput: {
      minutes: number;
      note?: string | null;
      /** Format: date-time */
      occurredAt?: string | null;
    };
    ManualCostEntryBody: {
      amountFen: number;
      /** @enum {string} */
      kind: "compensation" | "refund" | "fee_waiver" | "resend" | "replacement" | "repair" | "voucher" | "return_freight" | "extra_compensation" | "recovery" | "other";
      note: string;
      /** Format: date-time */
      occurredAt?: string | null;
    };
    ManualCostEntryBodyInput: {
      amountFen: number;
      /** @enum {string} */
      kind: "compensation" | "refund" | "fee_waiver" | "resend" | "replacement" | "repair" | "voucher" | "return_freight" | "extra_compensation" | "recovery" | "other";
      note: string;
      /** Format: date-time */
      occurredAt?: string | null;
    };
    Me: {
      permissions: string[];
      user: components["schemas"]["User"];
    };
    MeInput: {
      permissions: string[];
      user: components["schemas"]["UserInput"];
    };
    MessageTemplates: {
      items: ({
          body: string;
          /** @enum {string} */
          channel: "sms" | "wechat" | "email";
          /** @enum {string} */
          event: "received" | "assigned" | "progress_reply" | "remedy_offered" | "remedy_executed" | "resolved" | "survey" | "otp";
          isDefault: boolean;
          /** @enum {string} */
          language: "zh" | "en";
          providerTemplateId: string | null;
          subject: string | null;
          updatedAt: string | null;
          variables: string[];
        })[];
    };
    MessageTemplatesInput: {
      items: ({
          body: string;
          /** @enum {string} */
          channel: "sms" | "wechat" | "email";
          /** @enum {string} */
          event: "received" | "assigned" | "progress_reply" | "remedy_offered" | "remedy_executed" | "resolved" | "survey" | "otp";
          isDefault: boolean;
          /** @enum {string} */
          language: "zh" | "en";
          providerTemplateId: string | null;
          subject: string | null;
          updatedAt: string | null;
          variables: string[];
        })[];
    };
    Notification: {
      /** Format: uuid */
      caseId: string | null;
      caseNumber: string | null;
      createdAt: string;
      /** Format: uuid */
      id: string;
      kind: string;
      payload: {
        [key: string]: unknown;
      };
      readAt: string | null;
    };
    NotificationInput: {
      /** Format: uuid */
      caseId: string | null;
      caseNumber: string | null;
      createdAt: string;
      /** Format: uuid */
      id: string;
      kind: string;
      payload: {
        [key: string]: unknown;
      };
      readAt: string | null;
    };
    OutboxMessage: {
      attempts: number;
      body: string;
      /** Format: uuid */
      caseId: string | null;
      caseNumber: string | null;
      /** @enum {string} */
      channel: "sms" | "wechat" | "email";
      createdAt: string;
      /** Format: uuid */
      customerId: string;
      driver: string | null;
      /** @enum {string} */
      event: "received" | "assigned" | "progress_reply" | "remedy_offered" | "remedy_executed" | "resolved" | "survey" | "otp";
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      language: "zh" | "en";
      lastError: string | null;
      nextAttemptAt: string | null;
      providerMessageId: string | null;
      sentAt: string | null;
      /** @enum {string} */
      status: "pending" | "sending" | "sent" | "failed" | "suppressed";
      subject: string | null;
      suppressedReason: string | null;
    };
    OutboxMessageDetail: {
      attempts: number;
      body: string;
      /** Format: uuid */
      caseId: string | null;
      caseNumber: string | null;
      /** @enum {string} */
      channel: "sms" | "wechat" | "email";
      createdAt: string;
      /** Format: uuid */
      customerId: string;
      driver: string | null;
      /** @enum {string} */
      event: "received" | "assigned" | "progress_reply" | "remedy_offered" | "remedy_executed" | "resolved" | "survey" | "otp";
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      language: "zh" | "en";
      lastError: string | null;
      nextAttemptAt: string | null;
      providerMessageId: string | null;
      providerTemplateId: string | null;
      sentAt: string | null;
      /** @enum {string} */
      status: "pending" | "sending" | "sent" | "failed" | "suppressed";
      subject: string | null;
      suppressedReason: string | null;
      vars: {
        [key: string]: string | number;
      };
    };
    OutboxMessageDetailInput: {
      attempts: number;
      body: string;
      /** Format: uuid */
      caseId: string | null;
      caseNumber: string | null;
      /** @enum {string} */
      channel: "sms" | "wechat" | "email";
      createdAt: string;
      /** Format: uuid */
      customerId: string;
      driver: string | null;
      /** @enum {string} */
      event: "received" | "assigned" | "progress_reply" | "remedy_offered" | "remedy_executed" | "resolved" | "survey" | "otp";
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      language: "zh" | "en";
      lastError: string | null;
      nextAttemptAt: string | null;
      providerMessageId: string | null;
      providerTemplateId: string | null;
      sentAt: string | null;
      /** @enum {string} */
      status: "pending" | "sending" | "sent" | "failed" | "suppressed";
      subject: string | null;
      suppressedReason: string | null;
      vars: {
        [key: string]: string | number;
      };
    };
    OutboxMessageInput: {
      attempts: number;
      body: string;
      /** Format: uuid */
      caseId: string | null;
      caseNumber: string | null;
      /** @enum {string} */
      channel: "sms" | "wechat" | "email";
      createdAt: string;
      /** Format: uuid */
      customerId: string;
      driver: string | null;
      /** @enum {string} */
      event: "received" | "assigned" | "progress_reply" | "remedy_offered" | "remedy_executed" | "resolved" | "survey" | "otp";
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      language: "zh" | "en";
      lastError: string | null;
      nextAttemptAt: string | null;
      providerMessageId: string | null;
      sentAt: string | null;
      /** @enum {string} */
      status: "pending" | "sending" | "sent" | "failed" | "suppressed";
      subject: string | null;
      suppressedReason: string | null;
    };
    OutboxPage: {
      counts: {
        failed: number;
        pending: number;
        sending: number;
        sent: number;
        suppressed: number;
      };
      items: components["schemas"]["OutboxMessage"][];
      nextCursor: string | null;
    };
    OutboxPageInput: {
      counts: {
        failed: number;
        pending: number;
        sending: number;
        sent: number;
        suppressed: number;
      };
      items: components["schemas"]["OutboxMessageInput"][];
      nextCursor: string | null;
    };
    Partner: {
      active: boolean;
      claimCapFen: number | null;
      claimMultiple: number | null;
      compensationTerms: string | null;
      contactEmail: string | null;
      contactName: string | null;
      contactPhone: string | null;
      createdAt: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "carrier" | "supplier" | "outlet";
      name: string;
      updatedAt: string;
    };
    PartnerInput: {
      active: boolean;
      claimCapFen: number | null;
      claimMultiple: number | null;
      compensationTerms: string | null;
      contactEmail: string | null;
      contactName: string | null;
      contactPhone: string | null;
      createdAt: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "carrier" | "supplier" | "outlet";
      name: string;
      updatedAt: string;
    };
    PhoneReadsPage: {
      items: ({
          /** Format: uuid */
          actorId: string;
          actorName: string | null;
          at: string;
          filters: string[];
          /** Format: uuid */
          id: string;
          phoneCount: number;
          source: string;
        })[];
      nextCursor: string | null;
    };
    PhoneReadsPageInput: {
      items: ({
          /** Format: uuid */
          actorId: string;
          actorName: string | null;
          at: string;
          filters: string[];
          /** Format: uuid */
          id: string;
          phoneCount: number;
          source: string;
        })[];
      nextCursor: string | null;
    };
    PortalCase: {
      caseNumber: string;
      demand: string | null;
      description: string;
      filedAt: string;
      limits: ({
          dueAt: string | null;
          /** @enum {string} */
          target: "acknowledge" | "first_reply" | "resolution";
        })[];
      offer: ({
        items: ({
            amountFen: number | null;
            kind: string;
            label: string;
          })[];
        offeredAt: string | null;
        totalFen: number;
      }) | null;
      orderNo: string | null;
      /** @enum {string} */
      stage: "received" | "in_progress" | "your_answer" | "done";
      /** @enum {string} */
      status: "registered" | "acknowledged" | "assigned" | "investigating" | "remedy_proposed" | "awaiting_customer" | "executing" | "resolved" | "follow_up" | "closed" | "rejected" | "merged";
      statusLabel: string;
      store: string | null;
      surveyOpen: boolean;
      timeline: ({
          at: string;
          /** @enum {string} */
          kind: "filed";
        } | ({
          at: string;
          /** @enum {string} */
          kind: "status";
          label: string;
          /** @enum {string} */
          status: "registered" | "acknowledged" | "assigned" | "investigating" | "remedy_proposed" | "awaiting_customer" | "executing" | "resolved" | "follow_up" | "closed" | "rejected" | "merged";
        }) | ({
          at: string;
          body: string;
          /** @enum {string} */
          from: "staff" | "customer";
          /** @enum {string} */
          kind: "reply";
          name: string | null;
        }) | {
          at: string;
          filename: string;
          /** @enum {string} */
          kind: "photo";
        } | {
          at: string;
          /** @enum {string} */
          kind: "remedy_offered";
          totalFen: number;
        } | ({
          /** @enum {string} */
          answer: "accepted" | "countered" | "rejected";
          at: string;
          /** @enum {string} */
          kind: "remedy_answered";
        }) | {
          at: string;
          /** @enum {string} */
          kind: "resolved";
        } | ({
          at: string;
          comment: string | null;
          /** @enum {string} */
          kind: "rated";
          /** @enum {string} */
          overall: "very_satisfied" | "satisfied" | "neutral" | "dissatisfied" | "very_dissatisfied";
          /** @enum {string} */
          via: "survey" | "call";
        }))[];
      verified: boolean;
      waybillNo: string | null;
    };
    PortalCaseInput: {
      caseNumber: string;
      demand: string | null;
      description: string;
      filedAt: string;
      limits: ({
          dueAt: string | null;
          /** @enum {string} */
          target: "acknowledge" | "first_reply" | "resolution";
        })[];
      offer: ({
        items: ({
            amountFen: number | null;
            kind: string;
            label: string;
          })[];
        offeredAt: string | null;
        totalFen: number;
      }) | null;
      orderNo: string | null;
      /** @enum {string} */
      stage: "received" | "in_progress" | "your_answer" | "done";
      /** @enum {string} */
      status: "registered" | "acknowledged" | "assigned" | "investigating" | "remedy_proposed" | "awaiting_customer" | "executing" | "resolved" | "follow_up" | "closed" | "rejected" | "merged";
      statusLabel: string;
      store: string | null;
      surveyOpen: boolean;
      timeline: ({
          at: string;
          /** @enum {string} */
          kind: "filed";
        } | ({
          at: string;
          /** @enum {string} */
          kind: "status";
          label: string;
          /** @enum {string} */
          status: "registered" | "acknowledged" | "assigned" | "investigating" | "remedy_proposed" | "awaiting_customer" | "executing" | "resolved" | "follow_up" | "closed" | "rejected" | "merged";
        }) | ({
          at: string;
          body: string;
          /** @enum {string} */
          from: "staff" | "customer";
          /** @enum {string} */
          kind: "reply";
          name: string | null;
        }) | {
          at: string;
          filename: string;
          /** @enum {string} */
          kind: "photo";
        } | {
          at: string;
          /** @enum {string} */
          kind: "remedy_offered";
          totalFen: number;
        } | ({
          /** @enum {string} */
          answer: "accepted" | "countered" | "rejected";
          at: string;
          /** @enum {string} */
          kind: "remedy_answered";
        }) | {
          at: string;
          /** @enum {string} */
          kind: "resolved";
        } | ({
          at: string;
          comment: string | null;
          /** @enum {string} */
          kind: "rated";
          /** @enum {string} */
          overall: "very_satisfied" | "satisfied" | "neutral" | "dissatisfied" | "very_dissatisfied";
          /** @enum {string} */
          via: "survey" | "call";
        }))[];
      verified: boolean;
      waybillNo: string | null;
    };
    PortalComplaint: {
      category?: string | null;
      demand?: unknown;
      description: string;
      /** Format: email */
      email?: string | null;
      name: string;
      orderNo?: unknown;
      phone: unknown;
      store?: string | null;
      waybillNo?: unknown;
    };
    PortalComplaintInput: {
      category?: string | null;
      demand?: string | null;
      description: string;
      /** Format: email */
      email?: string | null;
      name: string;
      orderNo?: string | null;
      phone: string;
      store?: string | null;
      waybillNo?: string | null;
    };
    PortalFiled: {
      caseNumber: string;
      filedAt: string;
      limits: ({
          dueAt: string | null;
          /** @enum {string} */
          target: "acknowledge" | "first_reply" | "resolution";
        })[];
      /** @enum {string} */
      status: "registered" | "acknowledged" | "assigned" | "investigating" | "remedy_proposed" | "awaiting_customer" | "executing" | "resolved" | "follow_up" | "closed" | "rejected" | "merged";
      statusLabel: string;
    };
    PortalFiledInput: {
      caseNumber: string;
      filedAt: string;
      limits: ({
          dueAt: string | null;
          /** @enum {string} */
          target: "acknowledge" | "first_reply" | "resolution";
        })[];
      /** @enum {string} */
      status: "registered" | "acknowledged" | "assigned" | "investigating" | "remedy_proposed" | "awaiting_customer" | "executing" | "resolved" | "follow_up" | "closed" | "rejected" | "merged";
      statusLabel: string;
    };
    PortalNotificationSettings: {
      hasEmail: boolean;
      hasWechat: boolean;
      /** @enum {string} */
      language: "zh" | "en";
      optOut: boolean;
      /** @enum {string|null} */
      preferredChannel: "sms" | "email" | "wechat" | null;
    };
    PortalNotificationSettingsChange: {
      /** @enum {string} */
      language?: "zh" | "en";
      optOut?: boolean;
      /** @enum {string|null} */
      preferredChannel?: "sms" | "email" | "wechat" | null;
    };
    PortalNotificationSettingsChangeInput: {
      /** @enum {string} */
      language?: "zh" | "en";
      optOut?: boolean;
      /** @enum {string|null} */
      preferredChannel?: "sms" | "email" | "wechat" | null;
    };
    PortalNotificationSettingsInput: {
      hasEmail: boolean;
      hasWechat: boolean;
      /** @enum {string} */
      language: "zh" | "en";
      optOut: boolean;
      /** @enum {string|null} */
      preferredChannel: "sms" | "email" | "wechat" | null;
    };
    PortalOptions: {
      categories: {
          code: string;
          label: string;
        }[];
      limits: ({
          business: boolean;
          minutes: number;
          /** @enum {string} */
          target: "acknowledge" | "first_reply" | "resolution";
        })[];
      store: {
        code: string;
        name: string;
      } | null;
      wechatBind: boolean;
    };
    PortalOptionsInput: {
      categories: {
          code: string;
          label: string;
        }[];
      limits: ({
          business: boolean;
          minutes: number;
          /** @enum {string} */
          target: "acknowledge" | "first_reply" | "resolution";
        })[];
      store: {
        code: string;
        name: string;
      } | null;
      wechatBind: boolean;
    };
    PortalRemedyAnswer: {
      /** @enum {string} */
      answer: "accepted" | "countered" | "rejected";
      counterOffer?: unknown;
      counterOfferYuan?: string | null;
      note?: unknown;
    };
    PortalRemedyAnswerInput: {
      /** @enum {string} */
      answer: "accepted" | "countered" | "rejected";
      counterOffer?: string | null;
      counterOfferYuan?: string | null;
      note?: string | null;
    };
    PortalSendCode: {
      caseNumber: string;
      phone: unknown;
    };
    PortalSendCodeInput: {
      caseNumber: string;
      phone: string;
    };
    PortalVerifyCode: {
      caseNumber: string;
      code: string;
      phone: unknown;
    };
    PortalVerifyCodeInput: {
      caseNumber: string;
      code: string;
      phone: string;
    };
    PortalWechatAuthorize: {
      authorizeUrl: string;
    };
    PortalWechatAuthorizeInput: {
      authorizeUrl: string;
    };
    PortalWechatBind: {
      caseNumber: string;
    };
    PortalWechatBindInput: {
      caseNumber: string;
    };
    PrivacyRetention: {
      periods: components["schemas"]["RetentionPeriods"];
      regulatorFileDays: number;
    };
    PrivacyRetentionInput: {
      periods: components["schemas"]["RetentionPeriodsInput"];
      regulatorFileDays: number;
    };
    PrivacyRetentionUpdate: {
      periods: {
        attachments?: number;
        case_text?: number;
        contact?: number;
        phone_reads?: number;
      };
    };
    PrivacyRetentionUpdateInput: {
      periods: {
        attachments?: number;
        case_text?: number;
        contact?: number;
        phone_reads?: number;
      };
    };
    RecomputeRequest: {
      allCases: boolean;
      casesDone: number;
      casesLeft: number;
      /** @enum {string|null} */
      cause: "policy" | "calendar" | "preset" | null;
      finishedAt: string | null;
      /** Format: uuid */
      id: string;
      requestedAt: string;
      /** Format: uuid */
      requestedById: string | null;
      requestedByName: string | null;
    };
    RecomputeRequestInput: {
      allCases: boolean;
      casesDone: number;
      casesLeft: number;
      /** @enum {string|null} */
      cause: "policy" | "calendar" | "preset" | null;
      finishedAt: string | null;
      /** Format: uuid */
      id: string;
      requestedAt: string;
      /** Format: uuid */
      requestedById: string | null;
      requestedByName: string | null;
    };
    RegulatorReplies: {
      canReply: boolean;
      items: components["schemas"]["RegulatorReply"][];
      /** @enum {string|null} */
      referral: "12305" | "12315" | "other" | null;
    };
    RegulatorRepliesInput: {
      canReply: boolean;
      items: components["schemas"]["RegulatorReplyInput"][];
      /** @enum {string|null} */
      referral: "12305" | "12315" | "other" | null;
    };
    RegulatorReply: {
      /** Format: uuid */
      caseId: string;
      content: string;
      /** Format: uuid */
      id: string;
      recordedAt: string;
      recordedByName: string | null;
      /** @enum {string} */
      regulator: "12305" | "12315" | "other";
      repliedAt: string;
    };
    RegulatorReplyInput: {
      /** Format: uuid */
      caseId: string;
      content: string;
      /** Format: uuid */
      id: string;
      recordedAt: string;
      recordedByName: string | null;
      /** @enum {string} */
      regulator: "12305" | "12315" | "other";
      repliedAt: string;
    };
    Remedy: {
      answeredAt: string | null;
      calculation: components["schemas"]["RemedyCalculation"] | null;
      can: {
        answer: boolean;
        decide: boolean;
        offer: boolean;
      };
      /** Format: uuid */
      caseId: string;
      caseNumber: string;
      chain: ({
          final: boolean;
          index: number;
          limitFen: number | null;
          role: string;
        })[];
      counterOffer: string | null;
      counterOfferFen: number | null;
      createdAt: string;
      customerNote: string | null;
      decisions: ({
          /** Format: uuid */
          actorId: string;
          actorName: string | null;
          actorRole: string;
          comment: string;
          createdAt: string;
          /** @enum {string} */
          kind: "endorse" | "approve" | "reject";
          step: number;
        })[];
      executionDueAt: string | null;
      /** Format: uuid */
      id: string;
      items: ({
          amountFen: number | null;
          /** @enum {string} */
          kind: "apology" | "search_recover" | "resend" | "replace" | "repair" | "refund" | "fee_waiver" | "compensation" | "voucher" | "discipline" | "process_fix";
          note: string | null;
        })[];
      note: string | null;
      offeredAt: string | null;
      pendingStep: ({
        final: boolean;
        index: number;
        limitFen: number | null;
        role: string;
      }) | null;
      policy: {
        [key: string]: unknown;
      };
      proposer: {
        /** Format: uuid */
        id: string;
        name: string | null;
        role: string;
      };
      /** @enum {string} */
      status: "pending_approval" | "approved" | "rejected" | "offered" | "accepted" | "countered" | "declined" | "superseded";
      totalFen: number;
    };
    RemedyCalculation: {
      delay: {
        completeDelayAt: string;
        status: string;
        [key: string]: unknown;
      } | null;
      flags: ({
          explain: {
            en: string;
            zh: string;
          };
          kind: string;
          rule: {
            code: string;
            domainRules: number[];
            seeds: string[];
            title: {
              en: string;
              zh: string;
            };
          } | null;
          [key: string]: unknown;
        })[];
      lines: {
          amountFen: number;
          explain: {
            en: string;
            zh: string;
          };
          kind: string;
          rule: {
            code: string;
            domainRules: number[];
            seeds: string[];
            title: {
              en: string;
              zh: string;
            };
          };
        }[];
      manualReview: boolean;
      options: {
          choice: string;
          explain: {
            en: string;
            zh: string;
          };
          rule: {
            code: string;
            domainRules: number[];
            seeds: string[];
            title: {
              en: string;
              zh: string;
            };
          };
        }[];
      policy: {
        [key: string]: unknown;
      };
      totalFen: number;
    };
    RemedyCalculationInput: {
      delay: {
        completeDelayAt: string;
        status: string;
        [key: string]: unknown;
      } | null;
      flags: ({
          explain: {
            en: string;
            zh: string;
          };
          kind: string;
          rule: {
            code: string;
            domainRules: number[];
            seeds: string[];
            title: {
              en: string;
              zh: string;
            };
          } | null;
          [key: string]: unknown;
        })[];
      lines: {
          amountFen: number;
          explain: {
            en: string;
            zh: string;
          };
          kind: string;
          rule: {
            code: string;
            domainRules: number[];
            seeds: string[];
            title: {
              en: string;
              zh: string;
            };
          };
        }[];
      manualReview: boolean;
      options: {
          choice: string;
          explain: {
            en: string;
            zh: string;
          };
          rule: {
            code: string;
            domainRules: number[];
            seeds: string[];
            title: {
              en: string;
              zh: string;
            };
          };
        }[];
      policy: {
        [key: string]: unknown;
      };
      totalFen: number;
    };
    RemedyCatalogue: {
      isDefault: boolean;
      items: ({
          carriesMoney: boolean;
          descriptionEn: string;
          descriptionZh: string;
          enabled: boolean;
          /** @enum {string} */
          kind: "apology" | "search_recover" | "resend" | "replace" | "repair" | "refund" | "fee_waiver" | "compensation" | "voucher" | "discipline" | "process_fix";
          labelEn: string;
          labelZh: string;
        })[];
    };
    RemedyCatalogueInput: {
      isDefault: boolean;
      items: ({
          carriesMoney: boolean;
          descriptionEn: string;
          descriptionZh: string;
          enabled: boolean;
          /** @enum {string} */
          kind: "apology" | "search_recover" | "resend" | "replace" | "repair" | "refund" | "fee_waiver" | "compensation" | "voucher" | "discipline" | "process_fix";
          labelEn: string;
          labelZh: string;
        })[];
    };
    RemedyInput: {
      answeredAt: string | null;
      calculation: components["schemas"]["RemedyCalculationInput"] | null;
      can: {
        answer: boolean;
        decide: boolean;
        offer: boolean;
      };
      /** Format: uuid */
      caseId: string;
      caseNumber: string;
      chain: ({
          final: boolean;
          index: number;
          limitFen: number | null;
          role: string;
        })[];
      counterOffer: string | null;
      counterOfferFen: number | null;
      createdAt: string;
      customerNote: string | null;
      decisions: ({
          /** Format: uuid */
          actorId: string;
          actorName: string | null;
          actorRole: string;
          comment: string;
          createdAt: string;
          /** @enum {string} */
          kind: "endorse" | "approve" | "reject";
          step: number;
        })[];
      executionDueAt: string | null;
      /** Format: uuid */
      id: string;
      items: ({
          amountFen: number | null;
          /** @enum {string} */
          kind: "apology" | "search_recover" | "resend" | "replace" | "repair" | "refund" | "fee_waiver" | "compensation" | "voucher" | "discipline" | "process_fix";
          note: string | null;
        })[];
      note: string | null;
      offeredAt: string | null;
      pendingStep: ({
        final: boolean;
        index: number;
        limitFen: number | null;
        role: string;
      }) | null;
      policy: {
        [key: string]: unknown;
      };
      proposer: {
        /** Format: uuid */
        id: string;
        name: string | null;
        role: string;
      };
      /** @enum {string} */
      status: "pending_approval" | "approved" | "rejected" | "offered" | "accepted" | "countered" | "declined" | "superseded";
      totalFen: number;
    };
    ResolutionDefaults: {
      authorityLimits: {
        agent: number;
        handler: number;
        manager: number;
        supervisor: number;
      };
      compensationPolicy: {
        completeDelay: {
          enabled: boolean;
          otherDays: number;
          sameCityDays: number;
        };
        delayDestroysValue: {
          enabled: boolean;
        };
        delayFeeWaiver: {
          enabled: boolean;
        };
        foodSafety: {
          enabled: boolean;
          lossMultiple: number;
          minimumExtraFen: number;
          priceMultiple: number;
        };
        fraud: {
          /** @enum {string} */
          basis: "goods_price" | "service_fee";
          enabled: boolean;
          minimumExtraFen: number;
          priceMultiple: number;
        };
        insuredDeclaredValue: {
          enabled: boolean;
          payProvenLossWithinDeclared: boolean;
        };
        noReasonReturn: {
          enabled: boolean;
          /** @enum {string} */
          returnFreightPaidBy: "customer" | "merchant";
          windowDays: number;
        };
        orderRefund: {
          enabled: boolean;
        };
        qualityRefundVoucher: {
          enabled: boolean;
          percentOfPrice: number;
        };
        qualityReturn: {
          enabled: boolean;
          windowDays: number;
        };
        threeGuarantees: {
          choiceWindowDays: number;
          enabled: boolean;
          exchangeWindowDays: number;
        };
        uninsuredFeeMultiple: {
          enabled: boolean;
          feeMultiple: number;
        };
      };
      preset: string;
      remedyCatalogue: ({
          carriesMoney: boolean;
          descriptionEn: string;
          descriptionZh: string;
          enabled: boolean;
          /** @enum {string} */
          kind: "apology" | "search_recover" | "resend" | "replace" | "repair" | "refund" | "fee_waiver" | "compensation" | "voucher" | "discipline" | "process_fix";
          labelEn: string;
          labelZh: string;
        })[];
      rules: components["schemas"]["CompensationRuleInfo"][];
    };
    ResolutionDefaultsInput: {
      authorityLimits: {
        agent: number;
        handler: number;
        manager: number;
        supervisor: number;
      };
      compensationPolicy: {
        completeDelay: {
          enabled: boolean;
          otherDays: number;
          sameCityDays: number;
        };
        delayDestroysValue: {
          enabled: boolean;
        };
        delayFeeWaiver: {
          enabled: boolean;
        };
        foodSafety: {
          enabled: boolean;
          lossMultiple: number;
          minimumExtraFen: number;
          priceMultiple: number;
        };
        fraud: {
          /** @enum {string} */
          basis: "goods_price" | "service_fee";
          enabled: boolean;
          minimumExtraFen: number;
          priceMultiple: number;
        };
        insuredDeclaredValue: {
          enabled: boolean;
          payProvenLossWithinDeclared: boolean;
        };
        noReasonReturn: {
          enabled: boolean;
          /** @enum {string} */
          returnFreightPaidBy: "customer" | "merchant";
          windowDays: number;
        };
        orderRefund: {
          enabled: boolean;
        };
        qualityRefundVoucher: {
          enabled: boolean;
          percentOfPrice: number;
        };
        qualityReturn: {
          enabled: boolean;
          windowDays: number;
        };
        threeGuarantees: {
          choiceWindowDays: number;
          enabled: boolean;
          exchangeWindowDays: number;
        };
        uninsuredFeeMultiple: {
          enabled: boolean;
          feeMultiple: number;
        };
      };
      preset: string;
      remedyCatalogue: ({
          carriesMoney: boolean;
          descriptionEn: string;
          descriptionZh: string;
          enabled: boolean;
          /** @enum {string} */
          kind: "apology" | "search_recover" | "resend" | "replace" | "repair" | "refund" | "fee_waiver" | "compensation" | "voucher" | "discipline" | "process_fix";
          labelEn: string;
          labelZh: string;
        })[];
      rules: components["schemas"]["CompensationRuleInfoInput"][];
    };
    ResolutionSettings: {
      authorityLimits: {
        agent: number;
        handler: number;
        manager: number;
        supervisor: number;
      };
      compensationPolicy: {
        completeDelay: {
          enabled: boolean;
          otherDays: number;
          sameCityDays: number;
        };
        delayDestroysValue: {
          enabled: boolean;
        };
        delayFeeWaiver: {
          enabled: boolean;
        };
        foodSafety: {
          enabled: boolean;
          lossMultiple: number;
          minimumExtraFen: number;
          priceMultiple: number;
        };
        fraud: {
          /** @enum {string} */
          basis: "goods_price" | "service_fee";
          enabled: boolean;
          minimumExtraFen: number;
          priceMultiple: number;
        };
        insuredDeclaredValue: {
          enabled: boolean;
          payProvenLossWithinDeclared: boolean;
        };
        noReasonReturn: {
          enabled: boolean;
          /** @enum {string} */
          returnFreightPaidBy: "customer" | "merchant";
          windowDays: number;
        };
        orderRefund: {
          enabled: boolean;
        };
        qualityRefundVoucher: {
          enabled: boolean;
          percentOfPrice: number;
        };
        qualityReturn: {
          enabled: boolean;
          windowDays: number;
        };
        threeGuarantees: {
          choiceWindowDays: number;
          enabled: boolean;
          exchangeWindowDays: number;
        };
        uninsuredFeeMultiple: {
          enabled: boolean;
          feeMultiple: number;
        };
      };
      isDefault: boolean;
    };
    ResolutionSettingsInput: {
      authorityLimits: {
        agent: number;
        handler: number;
        manager: number;
        supervisor: number;
      };
      compensationPolicy: {
        completeDelay: {
          enabled: boolean;
          otherDays: number;
          sameCityDays: number;
        };
        delayDestroysValue: {
          enabled: boolean;
        };
        delayFeeWaiver: {
          enabled: boolean;
        };
        foodSafety: {
          enabled: boolean;
          lossMultiple: number;
          minimumExtraFen: number;
          priceMultiple: number;
        };
        fraud: {
          /** @enum {string} */
          basis: "goods_price" | "service_fee";
          enabled: boolean;
          minimumExtraFen: number;
          priceMultiple: number;
        };
        insuredDeclaredValue: {
          enabled: boolean;
          payProvenLossWithinDeclared: boolean;
        };
        noReasonReturn: {
          enabled: boolean;
          /** @enum {string} */
          returnFreightPaidBy: "customer" | "merchant";
          windowDays: number;
        };
        orderRefund: {
          enabled: boolean;
        };
        qualityRefundVoucher: {
          enabled: boolean;
          percentOfPrice: number;
        };
        qualityReturn: {
          enabled: boolean;
          windowDays: number;
        };
        threeGuarantees: {
          choiceWindowDays: number;
          enabled: boolean;
          exchangeWindowDays: number;
        };
        uninsuredFeeMultiple: {
          enabled: boolean;
          feeMultiple: number;
        };
      };
      isDefault: boolean;
    };
    Responsibility: {
      decidedAt: string;
      decidedByName: string | null;
      /** Format: uuid */
      departmentId: string | null;
      departmentName: string | null;
      note: string | null;
      /** Format: uuid */
      partnerId: string | null;
      partnerName: string | null;
      /** @enum {string} */
      party: "internal" | "carrier" | "outlet" | "supplier" | "force_majeure" | "customer";
      /** Format: uuid */
      personId: string | null;
      personName: string | null;
      /** @enum {string} */
      rootCause: "people" | "process" | "system" | "partner" | "external" | "customer";
      rootCauseText: string;
    };
    ResponsibilityDecision: {
      /** Format: uuid */
      departmentId?: string | null;
      note?: unknown;
      /** Format: uuid */
      partnerId?: string | null;
      /** @enum {string} */
      party: "internal" | "carrier" | "outlet" | "supplier" | "force_majeure" | "customer";
      /** Format: uuid */
      personId?: string | null;
      /** @enum {string} */
      rootCause: "people" | "process" | "system" | "partner" | "external" | "customer";
      rootCauseText: string;
    };
    ResponsibilityDecisionInput: {
      /** Format: uuid */
      departmentId?: string | null;
      note?: string | null;
      /** Format: uuid */
      partnerId?: string | null;
      /** @enum {string} */
      party: "internal" | "carrier" | "outlet" | "supplier" | "force_majeure" | "customer";
      /** Format: uuid */
      personId?: string | null;
      /** @enum {string} */
      rootCause: "people" | "process" | "system" | "partner" | "external" | "customer";
      rootCauseText: string;
    };
    ResponsibilityInput: {
      decidedAt: string;
      decidedByName: string | null;
      /** Format: uuid */
      departmentId: string | null;
      departmentName: string | null;
      note: string | null;
      /** Format: uuid */
      partnerId: string | null;
      partnerName: string | null;
      /** @enum {string} */
      party: "internal" | "carrier" | "outlet" | "supplier" | "force_majeure" | "customer";
      /** Format: uuid */
      personId: string | null;
      personName: string | null;
      /** @enum {string} */
      rootCause: "people" | "process" | "system" | "partner" | "external" | "customer";
      rootCauseText: string;
    };
    RetentionPeriods: {
      attachments: number;
      case_text: number;
      contact: number;
      phone_reads: number;
    };
    RetentionPeriodsInput: {
      attachments: number;
      case_text: number;
      contact: number;
      phone_reads: number;
    };
    ReverseCostEntryBody: {
      reason: string;
    };
    ReverseCostEntryBodyInput: {
      reason: string;
    };
    RevokeAccountabilityRecord: {
      reason: string;
    };
    RevokeAccountabilityRecordInput: {
      reason: string;
    };
    RoutingRule: {
      active: boolean;
      category: string | null;
      channel: string | null;
      /** Format: uuid */
      departmentId: string;
      /** Format: uuid */
      id: string;
      position: number;
      stage: string | null;
      storePrefix: string | null;
    };
    RoutingRuleInput: {
      active: boolean;
      category: string | null;
      channel: string | null;
      /** Format: uuid */
      departmentId: string;
      /** Format: uuid */
      id: string;
      position: number;
      stage: string | null;
      storePrefix: string | null;
    };
    Session: components["schemas"]["Me"] | ({
      /** @enum {string|null} */
      user: null;
    });
    SessionInput: components["schemas"]["MeInput"] | ({
      /** @enum {string|null} */
      user: null;
    });
    SlaPolicy: {
      active: boolean;
      /** Format: uuid */
      calendarId: string | null;
      category: string | null;
      /** Format: uuid */
      id: string;
      name: string;
      policy: {
        escalation: {
          managerAfterBreachMinutes: number | null;
          supervisorAfterBreachMinutes: number | null;
        };
        pauseStatuses: string[];
        targets: ({
            /** @enum {string} */
            calendar: "business" | "calendar";
            escalation?: {
              managerAfterBreachMinutes: number | null;
              supervisorAfterBreachMinutes: number | null;
            };
            minutes: number;
            pausable: boolean;
            /** @enum {string} */
            target: "acknowledge" | "first_reply" | "resolution" | "legal_outer_limit" | "appeal_reply";
          })[];
        warnAtShare: number;
      };
      position: number;
      priority: string | null;
    };
    SlaPolicyInput: {
      active: boolean;
      /** Format: uuid */
      calendarId: string | null;
      category: string | null;
      /** Format: uuid */
      id: string;
      name: string;
      policy: {
        escalation: {
          managerAfterBreachMinutes: number | null;
          supervisorAfterBreachMinutes: number | null;
        };
        pauseStatuses: string[];
        targets: ({
            /** @enum {string} */
            calendar: "business" | "calendar";
            escalation?: {
              managerAfterBreachMinutes: number | null;
              supervisorAfterBreachMinutes: number | null;
            };
            minutes: number;
            pausable: boolean;
            /** @enum {string} */
            target: "acknowledge" | "first_reply" | "resolution" | "legal_outer_limit" | "appeal_reply";
          })[];
        warnAtShare: number;
      };
      position: number;
      priority: string | null;
    };
    Stage: {
      active: boolean;
      code: string;
      nameEn: string;
      nameZh: string;
    };
    StageAdmin: {
      active: boolean;
      code: string;
      definitionEn: string | null;
      definitionZh: string | null;
      keywords: {
          term: string;
          weight: number;
        }[];
      nameEn: string;
      nameZh: string;
      sortOrder: number;
    };
    StageAdminInput: {
      active: boolean;
      code: string;
      definitionEn: string | null;
      definitionZh: string | null;
      keywords: {
          term: string;
          weight: number;
        }[];
      nameEn: string;
      nameZh: string;
      sortOrder: number;
    };
    StageInput: {
      active: boolean;
      code: string;
      nameEn: string;
      nameZh: string;
    };
    Store: {
      active: boolean;
      code: string;
      /** Format: uuid */
      id: string;
      link: string;
      name: string;
    };
    StoreInput: {
      active: boolean;
      code: string;
      /** Format: uuid */
      id: string;
      link: string;
      name: string;
    };
    SurveyAnswered: {
      /** @enum {boolean} */
      ok: true;
    };
    SurveyAnsweredInput: {
      /** @enum {boolean} */
      ok: true;
    };
    SurveyLink: {
      expiresAt: string;
      link: string;
    };
    SurveyLinkInput: {
      expiresAt: string;
      link: string;
    };
    SurveyView: {
      caseNumber: string;
      category: {
        en: string;
        zh: string;
      } | null;
      resolvedOn: string;
    };
    SurveyViewInput: {
      caseNumber: string;
      category: {
        en: string;
        zh: string;
      } | null;
      resolvedOn: string;
    };
    SweepFailure: {
      attempts: number;
      /** Format: uuid */
      caseId: string;
      caseNumber: string;
      error: string;
      firstFailedAt: string;
      lastAttemptAt: string;
      nextRetryAt: string;
    };
    SweepFailureInput: {
      attempts: number;
      /** Format: uuid */
      caseId: string;
      caseNumber: string;
      error: string;
      firstFailedAt: string;
      lastAttemptAt: string;
      nextRetryAt: string;
    };
    TestSendResult: {
      driver: string;
      error: string | null;
      ok: boolean;
    };
    TestSendResultInput: {
      driver: string;
      error: string | null;
      ok: boolean;
    };
    Transition: {
      /** Format: uuid */
      assigneeId?: string | null;
      /** Format: uuid */
      departmentId?: string;
      reason?: string;
      /** @enum {string} */
      to: "registered" | "acknowledged" | "assigned" | "investigating" | "remedy_proposed" | "awaiting_customer" | "executing" | "resolved" | "follow_up" | "closed" | "rejected" | "merged";
      version?: number;
    };
    TransitionInput: {
      /** Format: uuid */
      assigneeId?: string | null;
      /** Format: uuid */
      departmentId?: string;
      reason?: string;
      /** @enum {string} */
      to: "registered" | "acknowledged" | "assigned" | "investigating" | "remedy_proposed" | "awaiting_customer" | "executing" | "resolved" | "follow_up" | "closed" | "rejected" | "merged";
      version?: number;
    };
    TriageSuggestion: {
      category: {
        code: string;
        confidence: number;
        decidedBy: string;
        nameEn: string;
        nameZh: string;
        reasons: {
            contribution: number;
            source: string;
            term: string;
          }[];
      };
      duplicates: {
          caseId: string;
          caseNumber?: string;
          createdAt: string;
          reasonEn: string;
          reasonZh: string;
          status?: string;
        }[];
      priority: {
        priority: string;
        reasons: {
            factor: string;
            labelEn: string;
            labelZh: string;
            points: number;
          }[];
        score: number;
      };
      repeatCount: number;
      route: {
        departmentId: string;
        departmentName: string;
        reasonEn: string;
        reasonZh: string;
      } | null;
      stage: {
        code: string;
        confidence: number;
        nameEn: string;
        nameZh: string;
      } | null;
      upset: {
        confidence: number;
        reasons: {
            contribution: number;
            source: string;
            term: string;
          }[];
        upset: boolean;
      };
      urgency: {
        confidence: number;
        /** @enum {string} */
        level: "normal" | "urgent" | "critical";
        reasons: {
            contribution: number;
            source: string;
            term: string;
          }[];
      };
    };
    TriageSuggestionInput: {
      category: {
        code: string;
        confidence: number;
        decidedBy: string;
        nameEn: string;
        nameZh: string;
        reasons: {
            contribution: number;
            source: string;
            term: string;
          }[];
      };
      duplicates: {
          caseId: string;
          caseNumber?: string;
          createdAt: string;
          reasonEn: string;
          reasonZh: string;
          status?: string;
        }[];
      priority: {
        priority: string;
        reasons: {
            factor: string;
            labelEn: string;
            labelZh: string;
            points: number;
          }[];
        score: number;
      };
      repeatCount: number;
      route: {
        departmentId: string;
        departmentName: string;
        reasonEn: string;
        reasonZh: string;
      } | null;
      stage: {
        code: string;
        confidence: number;
        nameEn: string;
        nameZh: string;
      } | null;
      upset: {
        confidence: number;
        reasons: {
            contribution: number;
            source: string;
            term: string;
          }[];
        upset: boolean;
      };
      urgency: {
        confidence: number;
        /** @enum {string} */
        level: "normal" | "urgent" | "critical";
        reasons: {
            contribution: number;
            source: string;
            term: string;
          }[];
      };
    };
    UpdateCase: {
      /** Format: uuid */
      assigneeId?: string | null;
      brandCompany?: unknown;
      category?: string | null;
      cause?: string | null;
      declaredValueYuan?: number | null;
      deliveryCompany?: unknown;
      demand?: unknown;
      /** Format: uuid */
      departmentId?: string | null;
      description?: string;
      freightFen?: number | null;
      goodsName?: unknown;
      insured?: boolean | null;
      itemPriceFen?: number | null;
      /** Format: date-time */
      occurredAt?: string | null;
      orderNo?: unknown;
      /** Format: uuid */
      partnerId?: string | null;
      /** @enum {string} */
      priority?: "P1" | "P2" | "P3" | "P4";
      /** Format: date-time */
      promisedDeliveryAt?: string | null;
      quantity?: number | null;
      reason?: string;
      /** @enum {string|null} */
      regulatorReferral?: "12305" | "12315" | "other" | null;
      route?: unknown;
      /** @enum {string|null} */
      serviceType?: "same_city" | "intra_province" | "inter_province" | null;
      /** Format: date-time */
      shippedAt?: string | null;
      stage?: string | null;
      store?: unknown;
      upset?: boolean;
      /** @enum {string} */
      urgency?: "normal" | "urgent" | "critical";
      version: number;
      waybillNo?: unknown;
    };
    UpdateCaseInput: {
      /** Format: uuid */
      assigneeId?: string | null;
      brandCompany?: string | null;
      category?: string | null;
      cause?: string | null;
      declaredValueYuan?: number | null;
      deliveryCompany?: string | null;
      demand?: string | null;
      /** Format: uuid */
      departmentId?: string | null;
      description?: string;
      freightFen?: number | null;
      goodsName?: string | null;
      insured?: boolean | null;
      itemPriceFen?: number | null;
      /** Format: date-time */
      occurredAt?: string | null;
      orderNo?: string | null;
      /** Format: uuid */
      partnerId?: string | null;
      /** @enum {string} */
      priority?: "P1" | "P2" | "P3" | "P4";
      /** Format: date-time */
      promisedDeliveryAt?: string | null;
      quantity?: number | null;
      reason?: string;
      /** @enum {string|null} */
      regulatorReferral?: "12305" | "12315" | "other" | null;
      route?: string | null;
      /** @enum {string|null} */
      serviceType?: "same_city" | "intra_province" | "inter_province" | null;
      /** Format: date-time */
      shippedAt?: string | null;
      stage?: string | null;
      store?: string | null;
      upset?: boolean;
      /** @enum {string} */
      urgency?: "normal" | "urgent" | "critical";
      version: number;
      waybillNo?: string | null;
    };
    UpdateCause: {
      active?: boolean;
      definitionEn?: string | null;
      definitionZh?: string | null;
      nameEn?: string;
      nameZh?: string;
      /** @enum {string} */
      responsibility?: "internal" | "external_partner" | "force_majeure" | "customer";
      sortOrder?: number;
    };
    UpdateCauseInput: {
      active?: boolean;
      definitionEn?: string | null;
      definitionZh?: string | null;
      nameEn?: string;
      nameZh?: string;
      /** @enum {string} */
      responsibility?: "internal" | "external_partner" | "force_majeure" | "customer";
      sortOrder?: number;
    };
    UpdateInvestigationTask: {
      /** Format: date-time */
      dueAt?: string | null;
      findings?: unknown;
      /** Format: uuid */
      ownerId?: string | null;
      /** @enum {string} */
      status?: "open" | "done" | "cancelled";
    };
    UpdateInvestigationTaskInput: {
      /** Format: date-time */
      dueAt?: string | null;
      findings?: string | null;
      /** Format: uuid */
      ownerId?: string | null;
      /** @enum {string} */
      status?: "open" | "done" | "cancelled";
    };
    UpdatePartner: {
      active?: boolean;
      claimCapFen?: number | null;
      claimMultiple?: number | null;
      compensationTerms?: unknown;
      /** Format: email */
      contactEmail?: string | null;
      contactName?: unknown;
      contactPhone?: unknown;
      name?: string;
    };
    UpdatePartnerInput: {
      active?: boolean;
      claimCapFen?: number | null;
      claimMultiple?: number | null;
      compensationTerms?: string | null;
      /** Format: email */
      contactEmail?: string | null;
      contactName?: string | null;
      contactPhone?: string | null;
      name?: string;
    };
    UpdateStage: {
      active?: boolean;
      definitionEn?: string | null;
      definitionZh?: string | null;
      keywords?: {
          term: string;
          weight: number;
        }[];
      nameEn?: string;
      nameZh?: string;
      sortOrder?: number;
    };
    UpdateStageInput: {
      active?: boolean;
      definitionEn?: string | null;
      definitionZh?: string | null;
      keywords?: {
          term: string;
          weight: number;
        }[];
      nameEn?: string;
      nameZh?: string;
      sortOrder?: number;
    };
    User: {
      active: boolean;
      /** Format: uuid */
      departmentId: string | null;
      departmentName: string | null;
      displayName: string;
      /** Format: uuid */
      id: string;
      onDuty: boolean;
      /** @enum {string} */
      role: "agent" | "handler" | "supervisor" | "manager" | "admin";
      username: string;
    };
    UserInput: {
      active: boolean;
      /** Format: uuid */
      departmentId: string | null;
      departmentName: string | null;
      displayName: string;
      /** Format: uuid */
      id: string;
      onDuty: boolean;
      /** @enum {string} */
      role: "agent" | "handler" | "supervisor" | "manager" | "admin";
      username: string;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
};

export type $defs = Record<string, never>;

export type external = Record<string, never>;

export type operations = Record<string, never>;
