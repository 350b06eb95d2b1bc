// src/deepseek-provider.ts
import {
  NoSuchModelError
} from "@ai-sdk/provider";
import {
  loadApiKey,
  withoutTrailingSlash,
  withUserAgentSuffix
} from "@ai-sdk/provider-utils";

// src/chat/deepseek-chat-language-model.ts
import {
  InvalidResponseDataError
} from "@ai-sdk/provider";
import {
  combineHeaders,
  createEventSourceResponseHandler,
  createJsonErrorResponseHandler,
  createJsonResponseHandler,
  generateId,
  parseProviderOptions as parseProviderOptions2,
  postJsonToApi
} from "@ai-sdk/provider-utils";

// src/chat/convert-to-deepseek-chat-messages.ts
import {
  InvalidPromptError,
  UnsupportedFunctionalityError
} from "@ai-sdk/provider";
import { convertToBase64, parseProviderOptions } from "@ai-sdk/provider-utils";

// src/chat/deepseek-chat-options.ts
import { z } from "zod/v4";
var deepseekLanguageModelOptions = z.object({
  /**
   * Whether to return log probabilities for generated tokens.
   */
  logprobs: z.boolean().optional(),
  /**
   * Number of most likely tokens to return at each token position.
   *
   * Setting this option automatically enables `logprobs`.
   */
  topLogprobs: z.number().int().min(0).max(20).optional(),
  /**
   * An opaque identifier for the end user. DeepSeek uses this identifier for
   * content-safety tracing and request isolation.
   *
   * Must contain only ASCII letters, numbers, underscores, and hyphens, and
   * must be at most 512 characters long.
   */
  userId: z.string().regex(/^[a-zA-Z0-9_-]+$/, "userId must match /^[a-zA-Z0-9_-]+$/").max(512, "userId must be at most 512 characters long").optional(),
  /**
   * Type of thinking to use. Defaults to `enabled`.
   */
  thinking: z.object({
    // `adaptive` is accepted at runtime for backwards compatibility and
    // mapped to `enabled`, but is intentionally excluded from the exported
    // provider options type.
    type: z.enum(["adaptive", "enabled", "disabled"]).optional()
  }).optional(),
  /**
   * Controls the thinking strength for DeepSeek V4 reasoning models.
   */
  // `medium` and `xhigh` are accepted at runtime for backwards compatibility
  // and mapped to canonical DeepSeek values, but are intentionally excluded
  // from the exported provider options type.
  reasoningEffort: z.enum(["low", "medium", "high", "xhigh", "max"]).optional(),
  /**
   * Whether to use strict JSON schema validation for structured outputs.
   * Only applies when the serving endpoint supports JSON schema response
   * formats (e.g. Azure). Defaults to `true`.
   */
  strictJsonSchema: z.boolean().optional()
});
var deepseekMessageProviderOptions = z.object({
  /**
   * The name of the participant represented by the message.
   *
   * Supported on system, user, and assistant messages.
   */
  name: z.string().optional()
});
var deepseekAssistantMessageProviderOptions = deepseekMessageProviderOptions.extend({
  /**
   * Whether the assistant message content is a prefix that DeepSeek should
   * continue. This beta feature is only supported on the final assistant
   * message when using a beta base URL.
   */
  prefix: z.literal(true).optional()
});

// src/chat/deepseek-file-part-options.ts
import { z as z2 } from "zod/v4";
var deepseekFilePartProviderOptions = z2.object({
  /**
   * Controls how DeepSeek processes an image sent as an `image_url` part.
   *
   * @see https://api-docs.deepseek.com/api/create-chat-completion/
   */
  imageDetail: z2.enum(["low", "high", "original", "auto"]).optional(),
  /**
   * Sends inline image data as a DeepSeek `file` part using `file_data`
   * instead of an `image_url` data URL. When set, the file part's filename
   * is preserved.
   *
   * This option only applies to inline image data. It cannot be combined
   * with `imageDetail`.
   */
  fileData: z2.literal(true).optional()
});

// src/chat/is-deepseek-v4-model.ts
function isDeepSeekV4Model(modelId) {
  return modelId.includes("deepseek-v4") || modelId.startsWith("deepseek-flash") || modelId.startsWith("deepseek-pro");
}

// src/chat/convert-to-deepseek-chat-messages.ts
var supportedImageMediaTypes = /* @__PURE__ */ new Set([
  "image/gif",
  "image/jpeg",
  "image/jpg",
  "image/png",
  "image/webp"
]);
async function convertToDeepSeekChatMessages({
  prompt,
  responseFormat,
  modelId,
  providerOptionsName = "deepseek",
  supportsAssistantPrefixCompletion = false,
  supportsStructuredOutputs = false
}) {
  var _a;
  const isDeepSeekV4 = isDeepSeekV4Model(modelId);
  const messages = [];
  const warnings = [];
  if ((responseFormat == null ? void 0 : responseFormat.type) === "json") {
    if (responseFormat.schema == null) {
      messages.push({
        role: "system",
        content: "Return JSON."
      });
    } else if (!supportsStructuredOutputs) {
      messages.push({
        role: "system",
        content: "Return JSON that conforms to the following schema: " + JSON.stringify(responseFormat.schema)
      });
      warnings.push({
        type: "compatibility",
        feature: "responseFormat JSON schema",
        details: "JSON response schema is injected into the system message."
      });
    }
  }
  let lastUserMessageIndex = -1;
  for (let i = prompt.length - 1; i >= 0; i--) {
    if (prompt[i].role === "user") {
      lastUserMessageIndex = i;
      break;
    }
  }
  let index = -1;
  for (const { role, content, providerOptions } of prompt) {
    index++;
    const deepseekMessageOptions = await parseProviderOptions({
      provider: providerOptionsName,
      providerOptions,
      schema: deepseekAssistantMessageProviderOptions
    });
    if ((deepseekMessageOptions == null ? void 0 : deepseekMessageOptions.prefix) === true && role !== "assistant") {
      throw new InvalidPromptError({
        prompt,
        message: "DeepSeek assistant prefix completion requires `prefix: true` on an assistant message."
      });
    }
    switch (role) {
      case "system": {
        messages.push({
          role: "system",
          content,
          ...(deepseekMessageOptions == null ? void 0 : deepseekMessageOptions.name) != null && {
            name: deepseekMessageOptions.name
          }
        });
        break;
      }
      case "user": {
        const hasImagePart = content.some(
          (part) => part.type === "file" && (part.mediaType === "image" || part.mediaType.startsWith("image/"))
        );
        if (!hasImagePart) {
          let userContent2 = "";
          for (const part of content) {
            if (part.type === "text") {
              userContent2 += part.text;
            } else {
              warnings.push({
                type: "unsupported",
                feature: `user message part type: ${part.type}`
              });
            }
          }
          messages.push({
            role: "user",
            content: userContent2,
            ...(deepseekMessageOptions == null ? void 0 : deepseekMessageOptions.name) != null && {
              name: deepseekMessageOptions.name
            }
          });
          break;
        }
        const userContent = [];
        for (const part of content) {
          if (part.type === "text") {
            userContent.push({ type: "text", text: part.text });
          } else if (part.type === "file" && (part.mediaType === "image" || part.mediaType.startsWith("image/"))) {
            const filePartOptions = await parseProviderOptions({
              provider: providerOptionsName,
              providerOptions: part.providerOptions,
              schema: deepseekFilePartProviderOptions
            });
            const resolvedMediaType = part.mediaType === "image" || part.mediaType === "image/*" ? "image/jpeg" : part.mediaType;
            if (!supportedImageMediaTypes.has(resolvedMediaType)) {
              throw new UnsupportedFunctionalityError({
                functionality: `DeepSeek image media type ${resolvedMediaType}`,
                message: "DeepSeek supports JPEG, PNG, GIF, and WebP image inputs."
              });
            }
            if (part.data instanceof URL) {
              const url = part.data.toString();
              if (url.length > 8192) {
                throw new InvalidPromptError({
                  prompt,
                  message: "DeepSeek image URLs must not exceed 8192 characters."
                });
              }
              if ((filePartOptions == null ? void 0 : filePartOptions.fileData) === true) {
                throw new InvalidPromptError({
                  prompt,
                  message: "DeepSeek `fileData` image parts require inline data, not a URL."
                });
              }
              userContent.push({
                type: "image_url",
                image_url: {
                  url,
                  ...(filePartOptions == null ? void 0 : filePartOptions.imageDetail) != null && {
                    detail: filePartOptions.imageDetail
                  }
                }
              });
            } else {
              const dataUrl = `data:${resolvedMediaType === "image/jpg" ? "image/jpeg" : resolvedMediaType};base64,${convertToBase64(part.data)}`;
              if ((filePartOptions == null ? void 0 : filePartOptions.fileData) === true) {
                if (filePartOptions.imageDetail != null) {
                  throw new InvalidPromptError({
                    prompt,
                    message: "DeepSeek `imageDetail` cannot be combined with `fileData`."
                  });
                }
                userContent.push({
                  type: "file",
                  file_data: dataUrl,
                  ...part.filename != null && { filename: part.filename }
                });
              } else {
                userContent.push({
                  type: "image_url",
                  image_url: {
                    url: dataUrl,
                    ...(filePartOptions == null ? void 0 : filePartOptions.imageDetail) != null && {
                      detail: filePartOptions.imageDetail
                    }
                  }
                });
              }
            }
          } else {
            warnings.push({
              type: "unsupported",
              feature: `user message part type: ${part.type}`
            });
          }
        }
        messages.push({
          role: "user",
          content: userContent,
          ...(deepseekMessageOptions == null ? void 0 : deepseekMessageOptions.name) != null && {
            name: deepseekMessageOptions.name
          }
        });
        break;
      }
      case "assistant": {
        if ((deepseekMessageOptions == null ? void 0 : deepseekMessageOptions.prefix) === true) {
          if (index !== prompt.length - 1) {
            throw new InvalidPromptError({
              prompt,
              message: "DeepSeek assistant prefix completion requires the prefixed assistant message to be the final message."
            });
          }
          if (!supportsAssistantPrefixCompletion) {
            throw new UnsupportedFunctionalityError({
              functionality: "DeepSeek assistant prefix completion",
              message: "DeepSeek assistant prefix completion requires a beta base URL ending in `/beta`."
            });
          }
        }
        let text = "";
        let reasoning;
        const toolCalls = [];
        for (const part of content) {
          switch (part.type) {
            case "text": {
              text += part.text;
              break;
            }
            case "reasoning": {
              if (index <= lastUserMessageIndex && !isDeepSeekV4) {
                break;
              }
              if (reasoning == null) {
                reasoning = part.text;
              } else {
                reasoning += part.text;
              }
              break;
            }
            case "tool-call": {
              toolCalls.push({
                id: part.toolCallId,
                type: "function",
                function: {
                  name: part.toolName,
                  arguments: JSON.stringify(part.input)
                }
              });
              break;
            }
          }
        }
        messages.push({
          role: "assistant",
          content: text,
          ...(deepseekMessageOptions == null ? void 0 : deepseekMessageOptions.name) != null && {
            name: deepseekMessageOptions.name
          },
          ...(deepseekMessageOptions == null ? void 0 : deepseekMessageOptions.prefix) === true && {
            prefix: true
          },
          reasoning_content: reasoning != null ? reasoning : isDeepSeekV4 ? "" : void 0,
          tool_calls: toolCalls.length > 0 ? toolCalls : void 0
        });
        break;
      }
      case "tool": {
        if ((deepseekMessageOptions == null ? void 0 : deepseekMessageOptions.name) != null) {
          warnings.push({
            type: "unsupported",
            feature: "message name on tool messages"
          });
        }
        for (const toolResponse of content) {
          if (toolResponse.type === "tool-approval-response") {
            continue;
          }
          const output = toolResponse.output;
          let contentValue;
          switch (output.type) {
            case "text":
            case "error-text":
              contentValue = output.value;
              break;
            case "execution-denied":
              contentValue = (_a = output.reason) != null ? _a : "Tool call execution denied.";
              break;
            case "content":
            case "json":
            case "error-json":
              contentValue = JSON.stringify(output.value);
              break;
          }
          messages.push({
            role: "tool",
            tool_call_id: toolResponse.toolCallId,
            content: contentValue
          });
        }
        break;
      }
      default: {
        warnings.push({
          type: "unsupported",
          feature: `message role: ${role}`
        });
        break;
      }
    }
  }
  return { messages, warnings };
}

// src/chat/convert-to-deepseek-usage.ts
function convertDeepSeekUsage(usage) {
  var _a, _b, _c, _d, _e;
  if (usage == null) {
    return {
      inputTokens: {
        total: void 0,
        noCache: void 0,
        cacheRead: void 0,
        cacheWrite: void 0
      },
      outputTokens: {
        total: void 0,
        text: void 0,
        reasoning: void 0
      },
      raw: void 0
    };
  }
  const promptTokens = (_a = usage.prompt_tokens) != null ? _a : 0;
  const completionTokens = (_b = usage.completion_tokens) != null ? _b : 0;
  const cacheReadTokens = (_c = usage.prompt_cache_hit_tokens) != null ? _c : 0;
  const reasoningTokens = (_e = (_d = usage.completion_tokens_details) == null ? void 0 : _d.reasoning_tokens) != null ? _e : 0;
  return {
    inputTokens: {
      total: promptTokens,
      noCache: promptTokens - cacheReadTokens,
      cacheRead: cacheReadTokens,
      cacheWrite: void 0
    },
    outputTokens: {
      total: completionTokens,
      text: Math.max(0, completionTokens - reasoningTokens),
      reasoning: reasoningTokens
    },
    raw: usage
  };
}

// src/chat/deepseek-chat-api-types.ts
import { lazySchema, zodSchema } from "@ai-sdk/provider-utils";
import { z as z3 } from "zod/v4";
var tokenUsageSchema = z3.looseObject({
  prompt_tokens: z3.number().nullish(),
  completion_tokens: z3.number().nullish(),
  prompt_cache_hit_tokens: z3.number().nullish(),
  prompt_cache_miss_tokens: z3.number().nullish(),
  total_tokens: z3.number().nullish(),
  prompt_tokens_details: z3.looseObject({
    cached_tokens: z3.number().nullish()
  }).nullish(),
  completion_tokens_details: z3.looseObject({
    reasoning_tokens: z3.number().nullish()
  }).nullish()
}).nullish();
var deepSeekErrorSchema = z3.object({
  error: z3.object({
    message: z3.string(),
    type: z3.string().nullish(),
    param: z3.any().nullish(),
    code: z3.union([z3.string(), z3.number()]).nullish()
  })
});
var deepseekChatLogprobSchema = z3.object({
  token: z3.string(),
  logprob: z3.number(),
  bytes: z3.array(z3.number()).nullable(),
  top_logprobs: z3.array(
    z3.object({
      token: z3.string(),
      logprob: z3.number(),
      bytes: z3.array(z3.number()).nullable()
    })
  )
});
var deepseekChatLogprobsSchema = z3.object({
  content: z3.array(deepseekChatLogprobSchema).nullish(),
  reasoning_content: z3.array(deepseekChatLogprobSchema).nullish()
}).nullish();
var deepseekChatResponseSchema = z3.object({
  id: z3.string().nullish(),
  created: z3.number().nullish(),
  model: z3.string().nullish(),
  object: z3.literal("chat.completion").nullish(),
  system_fingerprint: z3.string().nullish(),
  choices: z3.array(
    z3.object({
      index: z3.number().nullish(),
      message: z3.object({
        role: z3.literal("assistant").nullish(),
        content: z3.string().nullish(),
        reasoning_content: z3.string().nullish(),
        tool_calls: z3.array(
          z3.object({
            id: z3.string().nullish(),
            type: z3.literal("function").nullish(),
            function: z3.object({
              name: z3.string(),
              arguments: z3.string()
            })
          })
        ).nullish()
      }),
      logprobs: deepseekChatLogprobsSchema,
      finish_reason: z3.string().nullish()
    })
  ),
  usage: tokenUsageSchema
});
var deepseekChatChunkSchema = lazySchema(
  () => zodSchema(
    z3.union([
      z3.object({
        id: z3.string().nullish(),
        created: z3.number().nullish(),
        model: z3.string().nullish(),
        object: z3.literal("chat.completion.chunk").nullish(),
        system_fingerprint: z3.string().nullish(),
        choices: z3.array(
          z3.object({
            index: z3.number().nullish(),
            delta: z3.object({
              role: z3.enum(["assistant"]).nullish(),
              content: z3.string().nullish(),
              reasoning_content: z3.string().nullish(),
              tool_calls: z3.array(
                z3.object({
                  index: z3.number(),
                  id: z3.string().nullish(),
                  type: z3.literal("function").nullish(),
                  function: z3.object({
                    name: z3.string().nullish(),
                    arguments: z3.string().nullish()
                  })
                })
              ).nullish()
            }).nullish(),
            logprobs: deepseekChatLogprobsSchema,
            finish_reason: z3.string().nullish()
          })
        ),
        usage: tokenUsageSchema
      }),
      deepSeekErrorSchema
    ])
  )
);

// src/chat/deepseek-prepare-tools.ts
import {
  UnsupportedFunctionalityError as UnsupportedFunctionalityError2
} from "@ai-sdk/provider";
function prepareTools({
  tools,
  toolChoice,
  supportsStrictToolCalls
}) {
  tools = (tools == null ? void 0 : tools.length) ? tools : void 0;
  const toolWarnings = [];
  if (tools == null) {
    return { tools: void 0, toolChoice: void 0, toolWarnings };
  }
  const functionTools = tools.filter((tool) => tool.type === "function");
  const hasStrictTool = functionTools.some((tool) => tool.strict === true);
  if (hasStrictTool && supportsStrictToolCalls === false) {
    throw new UnsupportedFunctionalityError2({
      functionality: "DeepSeek strict tool calls",
      message: "DeepSeek strict tool calls require a beta base URL ending in `/beta`."
    });
  }
  if (hasStrictTool && supportsStrictToolCalls === true && functionTools.some((tool) => tool.strict !== true)) {
    throw new UnsupportedFunctionalityError2({
      functionality: "mixed DeepSeek strict and non-strict tool calls",
      message: "DeepSeek strict mode requires every function tool in the request to set `strict: true`."
    });
  }
  const deepseekTools = [];
  for (const tool of tools) {
    if (tool.type === "provider") {
      toolWarnings.push({
        type: "unsupported",
        feature: `provider-defined tool ${tool.id}`
      });
    } else {
      deepseekTools.push({
        type: "function",
        function: {
          name: tool.name,
          description: tool.description,
          parameters: tool.inputSchema,
          ...tool.strict != null ? { strict: tool.strict } : {}
        }
      });
    }
  }
  if (toolChoice == null) {
    return { tools: deepseekTools, toolChoice: void 0, toolWarnings };
  }
  const type = toolChoice == null ? void 0 : toolChoice.type;
  switch (type) {
    case "auto":
    case "none":
    case "required":
      return { tools: deepseekTools, toolChoice: type, toolWarnings };
    case "tool":
      return {
        tools: deepseekTools,
        toolChoice: {
          type: "function",
          function: { name: toolChoice.toolName }
        },
        toolWarnings
      };
    default: {
      return {
        tools: deepseekTools,
        toolChoice: void 0,
        toolWarnings: [
          ...toolWarnings,
          {
            type: "unsupported",
            feature: `tool choice type: ${type}`
          }
        ]
      };
    }
  }
}

// src/chat/get-response-metadata.ts
function getResponseMetadata({
  id,
  model,
  created
}) {
  return {
    id: id != null ? id : void 0,
    modelId: model != null ? model : void 0,
    timestamp: created != null ? new Date(created * 1e3) : void 0
  };
}

// src/chat/map-deepseek-finish-reason.ts
function mapDeepSeekFinishReason(finishReason) {
  switch (finishReason) {
    case "stop":
      return "stop";
    case "length":
      return "length";
    case "content_filter":
      return "content-filter";
    case "tool_calls":
      return "tool-calls";
    case "insufficient_system_resource":
      return "error";
    default:
      return "other";
  }
}

// src/chat/deepseek-chat-language-model.ts
function mapDeepSeekProviderReasoningEffort({
  reasoningEffort,
  warnings
}) {
  const mapped = reasoningEffort === "medium" ? "high" : reasoningEffort === "xhigh" ? "max" : reasoningEffort;
  if (mapped !== reasoningEffort) {
    warnings.push({
      type: "compatibility",
      feature: "reasoningEffort",
      details: `reasoningEffort "${reasoningEffort}" is not a canonical DeepSeek value. mapped to "${mapped}".`
    });
  }
  return mapped;
}
var DeepSeekChatLanguageModel = class {
  constructor(modelId, config) {
    this.specificationVersion = "v3";
    this.supportedUrls = {
      "image/*": [/^https?:\/\/.*$/]
    };
    this.modelId = modelId;
    this.config = config;
    this.failedResponseHandler = createJsonErrorResponseHandler({
      errorSchema: deepSeekErrorSchema,
      errorToMessage: (error) => error.error.message
    });
  }
  get provider() {
    return this.config.provider;
  }
  get providerOptionsName() {
    return this.config.provider.split(".")[0].trim();
  }
  async getArgs({
    prompt,
    maxOutputTokens,
    temperature,
    topP,
    topK,
    frequencyPenalty,
    presencePenalty,
    providerOptions,
    stopSequences,
    responseFormat,
    seed,
    toolChoice,
    tools
  }) {
    var _a, _b, _c, _d;
    const deepseekOptions = (_a = await parseProviderOptions2({
      provider: this.providerOptionsName,
      providerOptions,
      schema: deepseekLanguageModelOptions
    })) != null ? _a : {};
    const supportsStructuredOutputs = this.config.supportsStructuredOutputs === true;
    const supportsPenaltySampling = this.config.supportsPenaltySampling === true;
    const { messages, warnings } = await convertToDeepSeekChatMessages({
      prompt,
      responseFormat,
      modelId: this.modelId,
      providerOptionsName: this.providerOptionsName,
      supportsAssistantPrefixCompletion: this.config.supportsAssistantPrefixCompletion,
      supportsStructuredOutputs
    });
    const allWarnings = [...warnings];
    if (topK != null) {
      allWarnings.push({ type: "unsupported", feature: "topK" });
    }
    if (seed != null) {
      allWarnings.push({ type: "unsupported", feature: "seed" });
    }
    if (!supportsPenaltySampling && frequencyPenalty != null) {
      allWarnings.push({
        type: "other",
        message: "frequencyPenalty is deprecated by DeepSeek and has been omitted. Remove frequencyPenalty from the request."
      });
    }
    if (!supportsPenaltySampling && presencePenalty != null) {
      allWarnings.push({
        type: "other",
        message: "presencePenalty is deprecated by DeepSeek and has been omitted. Remove presencePenalty from the request."
      });
    }
    const {
      tools: deepseekTools,
      toolChoice: deepseekToolChoices,
      toolWarnings
    } = prepareTools({
      tools,
      toolChoice,
      supportsStrictToolCalls: this.config.supportsStrictToolCalls
    });
    allWarnings.push(...toolWarnings);
    const thinkingType = (_b = deepseekOptions.thinking) == null ? void 0 : _b.type;
    if (thinkingType === "adaptive") {
      allWarnings.push({
        type: "compatibility",
        feature: "thinking.type",
        details: 'thinking.type "adaptive" is not a canonical DeepSeek value. mapped to "enabled".'
      });
    }
    const thinking = this.config.supportsThinking === false ? void 0 : thinkingType != null ? { type: thinkingType === "adaptive" ? "enabled" : thinkingType } : void 0;
    const isThinkingEnabled = this.config.supportsThinking !== false && (thinking == null ? void 0 : thinking.type) !== "disabled" && (thinking != null || this.modelId === "deepseek-reasoner" || isDeepSeekV4Model(this.modelId));
    if (isThinkingEnabled && temperature != null) {
      allWarnings.push({
        type: "unsupported",
        feature: "temperature",
        details: "temperature has no effect when DeepSeek thinking is enabled. Set providerOptions.deepseek.thinking.type to 'disabled' to use temperature."
      });
    }
    if (isThinkingEnabled && topP != null) {
      allWarnings.push({
        type: "unsupported",
        feature: "topP",
        details: "topP has no effect when DeepSeek thinking is enabled. Set providerOptions.deepseek.thinking.type to 'disabled' to use topP."
      });
    }
    const reasoningEffort = deepseekOptions.reasoningEffort != null ? mapDeepSeekProviderReasoningEffort({
      reasoningEffort: deepseekOptions.reasoningEffort,
      warnings: allWarnings
    }) : void 0;
    return {
      args: {
        model: this.modelId,
        ...(deepseekOptions.logprobs === true || deepseekOptions.topLogprobs != null) && { logprobs: true },
        ...deepseekOptions.topLogprobs != null && {
          top_logprobs: deepseekOptions.topLogprobs
        },
        max_tokens: maxOutputTokens,
        temperature: isThinkingEnabled ? void 0 : temperature,
        top_p: isThinkingEnabled ? void 0 : topP,
        frequency_penalty: supportsPenaltySampling ? frequencyPenalty : void 0,
        presence_penalty: supportsPenaltySampling ? presencePenalty : void 0,
        response_format: (responseFormat == null ? void 0 : responseFormat.type) === "json" ? supportsStructuredOutputs && responseFormat.schema != null ? {
          type: "json_schema",
          json_schema: {
            schema: responseFormat.schema,
            strict: (_c = deepseekOptions.strictJsonSchema) != null ? _c : true,
            name: (_d = responseFormat.name) != null ? _d : "response",
            description: responseFormat.description
          }
        } : { type: "json_object" } : void 0,
        stop: stopSequences,
        messages,
        tools: deepseekTools,
        tool_choice: deepseekToolChoices,
        thinking,
        ...deepseekOptions.userId != null && {
          user_id: deepseekOptions.userId
        },
        ...(thinking == null ? void 0 : thinking.type) !== "disabled" && reasoningEffort != null && {
          reasoning_effort: reasoningEffort
        }
      },
      warnings: allWarnings
    };
  }
  async doGenerate(options) {
    var _a, _b, _c, _d;
    const { args, warnings } = await this.getArgs({ ...options });
    const {
      responseHeaders,
      value: responseBody,
      rawValue: rawResponse
    } = await postJsonToApi({
      url: this.config.url({
        path: "/chat/completions",
        modelId: this.modelId
      }),
      headers: combineHeaders(this.config.headers(), options.headers),
      body: args,
      failedResponseHandler: this.failedResponseHandler,
      successfulResponseHandler: createJsonResponseHandler(
        deepseekChatResponseSchema
      ),
      abortSignal: options.abortSignal,
      fetch: this.config.fetch
    });
    const choice = responseBody.choices[0];
    const content = [];
    const reasoning = choice.message.reasoning_content;
    if (reasoning != null && reasoning.length > 0) {
      content.push({
        type: "reasoning",
        text: reasoning
      });
    }
    if (choice.message.tool_calls != null) {
      for (const toolCall of choice.message.tool_calls) {
        content.push({
          type: "tool-call",
          toolCallId: (_a = toolCall.id) != null ? _a : generateId(),
          toolName: toolCall.function.name,
          input: toolCall.function.arguments
        });
      }
    }
    const text = choice.message.content;
    if (text != null && text.length > 0) {
      content.push({ type: "text", text });
    }
    return {
      content,
      finishReason: {
        unified: mapDeepSeekFinishReason(choice.finish_reason),
        raw: (_b = choice.finish_reason) != null ? _b : void 0
      },
      usage: convertDeepSeekUsage(responseBody.usage),
      providerMetadata: {
        [this.providerOptionsName]: {
          promptCacheHitTokens: (_c = responseBody.usage) == null ? void 0 : _c.prompt_cache_hit_tokens,
          promptCacheMissTokens: (_d = responseBody.usage) == null ? void 0 : _d.prompt_cache_miss_tokens,
          ...responseBody.object != null && {
            responseObject: responseBody.object
          },
          ...choice.index != null && { choiceIndex: choice.index },
          ...choice.message.role != null && {
            messageRole: choice.message.role
          },
          ...choice.message.tool_calls != null && {
            toolCallTypes: choice.message.tool_calls.map((toolCall) => toolCall.type).filter((type) => type != null)
          },
          ...choice.logprobs != null && { logprobs: choice.logprobs },
          ...responseBody.system_fingerprint != null && {
            systemFingerprint: responseBody.system_fingerprint
          }
        }
      },
      request: { body: args },
      response: {
        ...getResponseMetadata(responseBody),
        headers: responseHeaders,
        body: rawResponse
      },
      warnings
    };
  }
  async doStream(options) {
    const { args, warnings } = await this.getArgs({ ...options });
    const body = {
      ...args,
      stream: true,
      stream_options: { include_usage: true }
    };
    const { responseHeaders, value: response } = await postJsonToApi({
      url: this.config.url({
        path: "/chat/completions",
        modelId: this.modelId
      }),
      headers: combineHeaders(this.config.headers(), options.headers),
      body,
      failedResponseHandler: this.failedResponseHandler,
      successfulResponseHandler: createEventSourceResponseHandler(
        deepseekChatChunkSchema
      ),
      abortSignal: options.abortSignal,
      fetch: this.config.fetch
    });
    const toolCalls = [];
    let finishReason = {
      unified: "other",
      raw: void 0
    };
    let usage = void 0;
    let systemFingerprint = void 0;
    let isFirstChunk = true;
    const providerOptionsName = this.providerOptionsName;
    let isActiveReasoning = false;
    let isActiveText = false;
    let responseObject;
    let choiceIndex;
    let messageRole;
    const toolCallTypes = /* @__PURE__ */ new Map();
    const contentLogprobs = [];
    const reasoningLogprobs = [];
    return {
      stream: response.pipeThrough(
        new TransformStream({
          start(controller) {
            controller.enqueue({ type: "stream-start", warnings });
          },
          transform(chunk, controller) {
            var _a, _b, _c, _d, _e, _f, _g, _h, _i, _j;
            if (options.includeRawChunks) {
              controller.enqueue({ type: "raw", rawValue: chunk.rawValue });
            }
            if (!chunk.success) {
              finishReason = { unified: "error", raw: void 0 };
              controller.enqueue({ type: "error", error: chunk.error });
              return;
            }
            const value = chunk.value;
            if ("error" in value) {
              finishReason = { unified: "error", raw: void 0 };
              controller.enqueue({ type: "error", error: value.error.message });
              return;
            }
            if (isFirstChunk) {
              isFirstChunk = false;
              controller.enqueue({
                type: "response-metadata",
                ...getResponseMetadata(value)
              });
            }
            if (value.usage != null) {
              usage = value.usage;
            }
            if (value.object != null) {
              responseObject = value.object;
            }
            if (value.system_fingerprint != null) {
              systemFingerprint = value.system_fingerprint;
            }
            const choice = value.choices[0];
            if ((choice == null ? void 0 : choice.index) != null) {
              choiceIndex = choice.index;
            }
            if ((choice == null ? void 0 : choice.finish_reason) != null) {
              finishReason = {
                unified: mapDeepSeekFinishReason(choice.finish_reason),
                raw: choice.finish_reason
              };
            }
            if (((_a = choice == null ? void 0 : choice.logprobs) == null ? void 0 : _a.content) != null) {
              contentLogprobs.push(...choice.logprobs.content);
            }
            if (((_b = choice == null ? void 0 : choice.logprobs) == null ? void 0 : _b.reasoning_content) != null) {
              reasoningLogprobs.push(...choice.logprobs.reasoning_content);
            }
            if ((choice == null ? void 0 : choice.delta) == null) {
              return;
            }
            const delta = choice.delta;
            if (delta.role != null) {
              messageRole = delta.role;
            }
            const reasoningContent = delta.reasoning_content;
            if (reasoningContent) {
              if (!isActiveReasoning) {
                controller.enqueue({
                  type: "reasoning-start",
                  id: "reasoning-0"
                });
                isActiveReasoning = true;
              }
              controller.enqueue({
                type: "reasoning-delta",
                id: "reasoning-0",
                delta: reasoningContent
              });
            }
            if (delta.content) {
              if (!isActiveText) {
                controller.enqueue({ type: "text-start", id: "txt-0" });
                isActiveText = true;
              }
              if (isActiveReasoning) {
                controller.enqueue({
                  type: "reasoning-end",
                  id: "reasoning-0"
                });
                isActiveReasoning = false;
              }
              controller.enqueue({
                type: "text-delta",
                id: "txt-0",
                delta: delta.content
              });
            }
            if (delta.tool_calls != null && delta.tool_calls.length > 0) {
              if (isActiveReasoning) {
                controller.enqueue({
                  type: "reasoning-end",
                  id: "reasoning-0"
                });
                isActiveReasoning = false;
              }
              for (const toolCallDelta of delta.tool_calls) {
                if (toolCallDelta.type != null) {
                  toolCallTypes.set(toolCallDelta.index, toolCallDelta.type);
                }
                const index = toolCallDelta.index;
                if (toolCalls[index] == null) {
                  if (toolCallDelta.id == null) {
                    throw new InvalidResponseDataError({
                      data: toolCallDelta,
                      message: `Expected 'id' to be a string.`
                    });
                  }
                  if (((_c = toolCallDelta.function) == null ? void 0 : _c.name) == null) {
                    throw new InvalidResponseDataError({
                      data: toolCallDelta,
                      message: `Expected 'function.name' to be a string.`
                    });
                  }
                  controller.enqueue({
                    type: "tool-input-start",
                    id: toolCallDelta.id,
                    toolName: toolCallDelta.function.name
                  });
                  toolCalls[index] = {
                    id: toolCallDelta.id,
                    type: "function",
                    function: {
                      name: toolCallDelta.function.name,
                      arguments: (_d = toolCallDelta.function.arguments) != null ? _d : ""
                    },
                    hasFinished: false
                  };
                  const toolCall2 = toolCalls[index];
                  if (((_e = toolCall2.function) == null ? void 0 : _e.name) != null && ((_f = toolCall2.function) == null ? void 0 : _f.arguments) != null) {
                    if (toolCall2.function.arguments.length > 0) {
                      controller.enqueue({
                        type: "tool-input-delta",
                        id: toolCall2.id,
                        delta: toolCall2.function.arguments
                      });
                    }
                  }
                  continue;
                }
                const toolCall = toolCalls[index];
                if (toolCall.hasFinished) {
                  continue;
                }
                if (((_g = toolCallDelta.function) == null ? void 0 : _g.arguments) != null) {
                  toolCall.function.arguments += (_i = (_h = toolCallDelta.function) == null ? void 0 : _h.arguments) != null ? _i : "";
                }
                controller.enqueue({
                  type: "tool-input-delta",
                  id: toolCall.id,
                  delta: (_j = toolCallDelta.function.arguments) != null ? _j : ""
                });
              }
            }
          },
          flush(controller) {
            var _a, _b, _c;
            if (isActiveReasoning) {
              controller.enqueue({ type: "reasoning-end", id: "reasoning-0" });
            }
            if (isActiveText) {
              controller.enqueue({ type: "text-end", id: "txt-0" });
            }
            for (const toolCall of toolCalls.filter(
              (toolCall2) => !toolCall2.hasFinished
            )) {
              controller.enqueue({
                type: "tool-input-end",
                id: toolCall.id
              });
              controller.enqueue({
                type: "tool-call",
                toolCallId: (_a = toolCall.id) != null ? _a : generateId(),
                toolName: toolCall.function.name,
                input: toolCall.function.arguments
              });
            }
            controller.enqueue({
              type: "finish",
              finishReason,
              usage: convertDeepSeekUsage(usage),
              providerMetadata: {
                [providerOptionsName]: {
                  promptCacheHitTokens: (_b = usage == null ? void 0 : usage.prompt_cache_hit_tokens) != null ? _b : void 0,
                  promptCacheMissTokens: (_c = usage == null ? void 0 : usage.prompt_cache_miss_tokens) != null ? _c : void 0,
                  ...responseObject != null && { responseObject },
                  ...choiceIndex != null && { choiceIndex },
                  ...messageRole != null && { messageRole },
                  ...toolCallTypes.size > 0 && {
                    toolCallTypes: [...toolCallTypes.entries()].sort(([left], [right]) => left - right).map(([, type]) => type)
                  },
                  ...(contentLogprobs.length > 0 || reasoningLogprobs.length > 0) && {
                    logprobs: {
                      ...contentLogprobs.length > 0 && {
                        content: contentLogprobs
                      },
                      ...reasoningLogprobs.length > 0 && {
                        reasoning_content: reasoningLogprobs
                      }
                    }
                  },
                  ...systemFingerprint != null && { systemFingerprint }
                }
              }
            });
          }
        })
      ),
      request: { body },
      response: { headers: responseHeaders }
    };
  }
};

// src/version.ts
var VERSION = true ? "2.0.69" : "0.0.0-test";

// src/deepseek-provider.ts
function createDeepSeek(options = {}) {
  var _a;
  const baseURL = (_a = withoutTrailingSlash(options.baseURL)) != null ? _a : "https://api.deepseek.com";
  const getHeaders = () => withUserAgentSuffix(
    {
      Authorization: `Bearer ${loadApiKey({
        apiKey: options.apiKey,
        environmentVariableName: "DEEPSEEK_API_KEY",
        description: "DeepSeek API key"
      })}`,
      ...options.headers
    },
    `ai-sdk/deepseek/${VERSION}`
  );
  const createLanguageModel = (modelId) => {
    return new DeepSeekChatLanguageModel(modelId, {
      provider: `deepseek.chat`,
      url: ({ path }) => `${baseURL}${path}`,
      headers: getHeaders,
      fetch: options.fetch,
      supportsAssistantPrefixCompletion: baseURL.endsWith("/beta"),
      supportsStrictToolCalls: baseURL.endsWith("/beta")
    });
  };
  const provider = (modelId) => createLanguageModel(modelId);
  provider.specificationVersion = "v3";
  provider.languageModel = createLanguageModel;
  provider.chat = createLanguageModel;
  provider.embeddingModel = (modelId) => {
    throw new NoSuchModelError({ modelId, modelType: "embeddingModel" });
  };
  provider.textEmbeddingModel = provider.embeddingModel;
  provider.imageModel = (modelId) => {
    throw new NoSuchModelError({ modelId, modelType: "imageModel" });
  };
  return provider;
}
var deepseek = createDeepSeek();
export {
  VERSION,
  createDeepSeek,
  deepseek
};
//# sourceMappingURL=index.mjs.map