// src/perplexity-provider.ts
import {
  NoSuchModelError
} from "@ai-sdk/provider";
import {
  generateId,
  loadApiKey,
  withoutTrailingSlash,
  withUserAgentSuffix
} from "@ai-sdk/provider-utils";

// src/perplexity-embedding-model.ts
import {
  TooManyEmbeddingValuesForCallError
} from "@ai-sdk/provider";
import {
  combineHeaders as combineHeaders2,
  convertBase64ToUint8Array as convertBase64ToUint8Array2,
  createJsonErrorResponseHandler as createJsonErrorResponseHandler2,
  createJsonResponseHandler as createJsonResponseHandler2,
  parseProviderOptions,
  postJsonToApi as postJsonToApi2
} from "@ai-sdk/provider-utils";
import { z as z3 } from "zod/v4";

// src/perplexity-embedding-model-options.ts
import { z } from "zod/v4";
var perplexityEmbeddingModelOptions = z.object({
  /**
   * The number of dimensions the resulting output embeddings should have
   * (Matryoshka truncation). Ranges from 128 up to the model's full size
   * (1024 for 0.6b models, 2560 for 4b models).
   */
  dimensions: z.number().int().positive().optional(),
  /**
   * The quantized encoding format returned by the API. Perplexity does not
   * return floating point embeddings; values are decoded to numbers:
   * - `base64_int8` (default): signed int8 values, compare via cosine similarity.
   * - `base64_binary`: packed bits per byte (0-255), compare via Hamming distance.
   */
  encodingFormat: z.enum(["base64_int8", "base64_binary"]).optional()
});

// src/perplexity-language-model.ts
import {
  combineHeaders,
  createEventSourceResponseHandler,
  createJsonErrorResponseHandler,
  createJsonResponseHandler,
  postJsonToApi
} from "@ai-sdk/provider-utils";
import { z as z2 } from "zod/v4";

// src/convert-perplexity-usage.ts
function convertPerplexityUsage(usage) {
  var _a, _b, _c;
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
  const reasoningTokens = (_c = usage.reasoning_tokens) != null ? _c : 0;
  return {
    inputTokens: {
      total: promptTokens,
      noCache: promptTokens,
      cacheRead: void 0,
      cacheWrite: void 0
    },
    outputTokens: {
      // Perplexity reports reasoning tokens separately from completion tokens.
      total: completionTokens + reasoningTokens,
      text: completionTokens,
      reasoning: reasoningTokens
    },
    raw: usage
  };
}

// src/convert-to-perplexity-messages.ts
import {
  UnsupportedFunctionalityError
} from "@ai-sdk/provider";
import {
  convertBase64ToUint8Array,
  convertUint8ArrayToBase64
} from "@ai-sdk/provider-utils";
function convertToPerplexityMessages(prompt) {
  const messages = [];
  for (const { role, content } of prompt) {
    switch (role) {
      case "system": {
        messages.push({ role: "system", content });
        break;
      }
      case "user":
      case "assistant": {
        const hasMultipartContent = content.some(
          (part) => part.type === "file" && part.mediaType.startsWith("image/") || part.type === "file" && getTopLevelMediaType(part.mediaType) === "application"
        );
        const messageContent = content.map((part, index) => {
          var _a;
          switch (part.type) {
            case "text": {
              return {
                type: "text",
                text: part.text
              };
            }
            case "file": {
              if (getTopLevelMediaType(part.mediaType) === "application") {
                const fullMediaType = resolveApplicationMediaType(part);
                if (fullMediaType !== "application/pdf") {
                  throw new UnsupportedFunctionalityError({
                    functionality: `file part media type ${fullMediaType}`
                  });
                }
                return part.data instanceof URL ? {
                  type: "file_url",
                  file_url: {
                    url: part.data.toString()
                  },
                  file_name: part.filename
                } : {
                  type: "file_url",
                  file_url: {
                    url: typeof part.data === "string" ? part.data : convertUint8ArrayToBase64(part.data)
                  },
                  file_name: part.filename || `document-${index}.pdf`
                };
              } else if (part.mediaType.startsWith("image/")) {
                return part.data instanceof URL ? {
                  type: "image_url",
                  image_url: {
                    url: part.data.toString()
                  }
                } : {
                  type: "image_url",
                  image_url: {
                    url: `data:${(_a = part.mediaType) != null ? _a : "image/jpeg"};base64,${typeof part.data === "string" ? part.data : convertUint8ArrayToBase64(part.data)}`
                  }
                };
              }
              throw new UnsupportedFunctionalityError({
                functionality: `file part media type ${part.mediaType}`
              });
            }
          }
        }).filter(Boolean);
        messages.push({
          role,
          content: hasMultipartContent ? messageContent : messageContent.filter((part) => part.type === "text").map((part) => part.text).join("")
        });
        break;
      }
      case "tool": {
        throw new UnsupportedFunctionalityError({
          functionality: "Tool messages"
        });
      }
      default: {
        const _exhaustiveCheck = role;
        throw new Error(`Unsupported role: ${_exhaustiveCheck}`);
      }
    }
  }
  return messages;
}
function getTopLevelMediaType(mediaType) {
  const slashIndex = mediaType.indexOf("/");
  return slashIndex === -1 ? mediaType : mediaType.substring(0, slashIndex);
}
function isFullMediaType(mediaType) {
  const slashIndex = mediaType.indexOf("/");
  if (slashIndex === -1) {
    return false;
  }
  const subtype = mediaType.substring(slashIndex + 1);
  return subtype.length > 0 && subtype !== "*";
}
function resolveApplicationMediaType(part) {
  if (isFullMediaType(part.mediaType)) {
    return part.mediaType;
  }
  if (part.data instanceof URL) {
    throw new UnsupportedFunctionalityError({
      functionality: `file of media type "${part.mediaType}" must specify subtype since it is not passed as inline bytes`
    });
  }
  if (isPdfData(part.data)) {
    return "application/pdf";
  }
  throw new UnsupportedFunctionalityError({
    functionality: `file of media type "${part.mediaType}" must specify subtype since it could not be auto-detected`
  });
}
function isPdfData(data) {
  const bytes = typeof data === "string" ? convertBase64ToUint8Array(data.substring(0, Math.min(data.length, 8))) : data;
  return bytes.length >= 4 && bytes[0] === 37 && bytes[1] === 80 && bytes[2] === 68 && bytes[3] === 70;
}

// src/map-perplexity-finish-reason.ts
function mapPerplexityFinishReason(finishReason) {
  switch (finishReason) {
    case "stop":
    case "length":
      return finishReason;
    default:
      return "other";
  }
}

// src/perplexity-language-model.ts
var PerplexityLanguageModel = class {
  constructor(modelId, config) {
    this.specificationVersion = "v3";
    this.provider = "perplexity";
    this.supportedUrls = {
      // No URLs are supported.
    };
    this.modelId = modelId;
    this.config = config;
  }
  getArgs({
    prompt,
    maxOutputTokens,
    temperature,
    topP,
    topK,
    frequencyPenalty,
    presencePenalty,
    stopSequences,
    responseFormat,
    seed,
    providerOptions
  }) {
    var _a;
    const warnings = [];
    if (topK != null) {
      warnings.push({ type: "unsupported", feature: "topK" });
    }
    if (stopSequences != null) {
      warnings.push({ type: "unsupported", feature: "stopSequences" });
    }
    if (seed != null) {
      warnings.push({ type: "unsupported", feature: "seed" });
    }
    return {
      args: {
        // model id:
        model: this.modelId,
        // standardized settings:
        frequency_penalty: frequencyPenalty,
        max_tokens: maxOutputTokens,
        presence_penalty: presencePenalty,
        temperature,
        top_k: topK,
        top_p: topP,
        // response format:
        response_format: (responseFormat == null ? void 0 : responseFormat.type) === "json" ? {
          type: "json_schema",
          json_schema: { schema: responseFormat.schema }
        } : void 0,
        // provider extensions
        ...(_a = providerOptions == null ? void 0 : providerOptions.perplexity) != null ? _a : {},
        // messages:
        messages: convertToPerplexityMessages(prompt)
      },
      warnings
    };
  }
  async doGenerate(options) {
    var _a, _b, _c, _d, _e, _f, _g, _h, _i, _j, _k, _l;
    const { args: body, warnings } = this.getArgs(options);
    const {
      responseHeaders,
      value: response,
      rawValue: rawResponse
    } = await postJsonToApi({
      url: `${this.config.baseURL}/chat/completions`,
      headers: combineHeaders(this.config.headers(), options.headers),
      body,
      failedResponseHandler: createJsonErrorResponseHandler({
        errorSchema: perplexityErrorSchema,
        errorToMessage
      }),
      successfulResponseHandler: createJsonResponseHandler(
        perplexityResponseSchema
      ),
      abortSignal: options.abortSignal,
      fetch: this.config.fetch
    });
    const choice = response.choices[0];
    const content = [];
    const text = choice.message.content;
    if (text.length > 0) {
      content.push({ type: "text", text });
    }
    if (response.citations != null) {
      for (const url of response.citations) {
        content.push({
          type: "source",
          sourceType: "url",
          id: this.config.generateId(),
          url
        });
      }
    }
    return {
      content,
      finishReason: {
        unified: mapPerplexityFinishReason(choice.finish_reason),
        raw: (_a = choice.finish_reason) != null ? _a : void 0
      },
      usage: convertPerplexityUsage(response.usage),
      request: { body },
      response: {
        ...getResponseMetadata(response),
        headers: responseHeaders,
        body: rawResponse
      },
      warnings,
      providerMetadata: {
        perplexity: {
          images: (_c = (_b = response.images) == null ? void 0 : _b.map((image) => ({
            imageUrl: image.image_url,
            originUrl: image.origin_url,
            height: image.height,
            width: image.width
          }))) != null ? _c : null,
          usage: {
            citationTokens: (_e = (_d = response.usage) == null ? void 0 : _d.citation_tokens) != null ? _e : null,
            numSearchQueries: (_g = (_f = response.usage) == null ? void 0 : _f.num_search_queries) != null ? _g : null
          },
          cost: ((_h = response.usage) == null ? void 0 : _h.cost) ? {
            inputTokensCost: (_i = response.usage.cost.input_tokens_cost) != null ? _i : null,
            outputTokensCost: (_j = response.usage.cost.output_tokens_cost) != null ? _j : null,
            requestCost: (_k = response.usage.cost.request_cost) != null ? _k : null,
            totalCost: (_l = response.usage.cost.total_cost) != null ? _l : null
          } : null
        }
      }
    };
  }
  async doStream(options) {
    const { args, warnings } = this.getArgs(options);
    const body = { ...args, stream: true };
    const { responseHeaders, value: response } = await postJsonToApi({
      url: `${this.config.baseURL}/chat/completions`,
      headers: combineHeaders(this.config.headers(), options.headers),
      body,
      failedResponseHandler: createJsonErrorResponseHandler({
        errorSchema: perplexityErrorSchema,
        errorToMessage
      }),
      successfulResponseHandler: createEventSourceResponseHandler(
        perplexityChunkSchema
      ),
      abortSignal: options.abortSignal,
      fetch: this.config.fetch
    });
    let finishReason = {
      unified: "other",
      raw: void 0
    };
    let usage = void 0;
    const providerMetadata = {
      perplexity: {
        usage: {
          citationTokens: null,
          numSearchQueries: null
        },
        cost: null,
        images: null
      }
    };
    let isFirstChunk = true;
    let isActive = false;
    const self = this;
    return {
      stream: response.pipeThrough(
        new TransformStream({
          start(controller) {
            controller.enqueue({ type: "stream-start", warnings });
          },
          transform(chunk, controller) {
            var _a, _b, _c, _d, _e, _f, _g;
            if (options.includeRawChunks) {
              controller.enqueue({ type: "raw", rawValue: chunk.rawValue });
            }
            if (!chunk.success) {
              controller.enqueue({ type: "error", error: chunk.error });
              return;
            }
            const value = chunk.value;
            if (isFirstChunk) {
              controller.enqueue({
                type: "response-metadata",
                ...getResponseMetadata(value)
              });
              (_a = value.citations) == null ? void 0 : _a.forEach((url) => {
                controller.enqueue({
                  type: "source",
                  sourceType: "url",
                  id: self.config.generateId(),
                  url
                });
              });
              isFirstChunk = false;
            }
            if (value.usage != null) {
              usage = value.usage;
              providerMetadata.perplexity.usage = {
                citationTokens: (_b = value.usage.citation_tokens) != null ? _b : null,
                numSearchQueries: (_c = value.usage.num_search_queries) != null ? _c : null
              };
              providerMetadata.perplexity.cost = value.usage.cost ? {
                inputTokensCost: (_d = value.usage.cost.input_tokens_cost) != null ? _d : null,
                outputTokensCost: (_e = value.usage.cost.output_tokens_cost) != null ? _e : null,
                requestCost: (_f = value.usage.cost.request_cost) != null ? _f : null,
                totalCost: (_g = value.usage.cost.total_cost) != null ? _g : null
              } : null;
            }
            if (value.images != null) {
              providerMetadata.perplexity.images = value.images.map((image) => ({
                imageUrl: image.image_url,
                originUrl: image.origin_url,
                height: image.height,
                width: image.width
              }));
            }
            const choice = value.choices[0];
            if ((choice == null ? void 0 : choice.finish_reason) != null) {
              finishReason = {
                unified: mapPerplexityFinishReason(choice.finish_reason),
                raw: choice.finish_reason
              };
            }
            if ((choice == null ? void 0 : choice.delta) == null) {
              return;
            }
            const delta = choice.delta;
            const textContent = delta.content;
            if (textContent != null) {
              if (!isActive) {
                controller.enqueue({ type: "text-start", id: "0" });
                isActive = true;
              }
              controller.enqueue({
                type: "text-delta",
                id: "0",
                delta: textContent
              });
            }
          },
          flush(controller) {
            if (isActive) {
              controller.enqueue({ type: "text-end", id: "0" });
            }
            controller.enqueue({
              type: "finish",
              finishReason,
              usage: convertPerplexityUsage(usage),
              providerMetadata
            });
          }
        })
      ),
      request: { body },
      response: { headers: responseHeaders }
    };
  }
};
function getResponseMetadata({
  id,
  model,
  created
}) {
  return {
    id,
    modelId: model,
    timestamp: new Date(created * 1e3)
  };
}
var perplexityCostSchema = z2.object({
  input_tokens_cost: z2.number().nullish(),
  output_tokens_cost: z2.number().nullish(),
  reasoning_tokens_cost: z2.number().nullish(),
  request_cost: z2.number().nullish(),
  citation_tokens_cost: z2.number().nullish(),
  search_queries_cost: z2.number().nullish(),
  total_cost: z2.number().nullish()
}).catchall(z2.json());
var perplexityUsageSchema = z2.object({
  prompt_tokens: z2.number(),
  completion_tokens: z2.number(),
  total_tokens: z2.number().nullish(),
  search_context_size: z2.enum(["low", "medium", "high"]).nullish(),
  citation_tokens: z2.number().nullish(),
  num_search_queries: z2.number().nullish(),
  reasoning_tokens: z2.number().nullish(),
  cost: perplexityCostSchema.nullish()
}).catchall(z2.json());
var perplexityImageSchema = z2.object({
  image_url: z2.string(),
  origin_url: z2.string(),
  height: z2.number(),
  width: z2.number()
});
var perplexityResponseSchema = z2.object({
  id: z2.string(),
  created: z2.number(),
  model: z2.string(),
  choices: z2.array(
    z2.object({
      message: z2.object({
        role: z2.literal("assistant"),
        content: z2.string()
      }),
      finish_reason: z2.string().nullish()
    })
  ),
  citations: z2.array(z2.string()).nullish(),
  images: z2.array(perplexityImageSchema).nullish(),
  usage: perplexityUsageSchema.nullish()
});
var perplexityChunkSchema = z2.object({
  id: z2.string(),
  created: z2.number(),
  model: z2.string(),
  choices: z2.array(
    z2.object({
      delta: z2.object({
        role: z2.literal("assistant").optional(),
        content: z2.string().nullish()
      }),
      finish_reason: z2.string().nullish()
    })
  ),
  citations: z2.array(z2.string()).nullish(),
  images: z2.array(perplexityImageSchema).nullish(),
  usage: perplexityUsageSchema.nullish()
});
var perplexityErrorSchema = z2.object({
  error: z2.object({
    code: z2.number(),
    message: z2.string().nullish(),
    type: z2.string().nullish()
  })
});
var errorToMessage = (data) => {
  var _a, _b;
  return (_b = (_a = data.error.message) != null ? _a : data.error.type) != null ? _b : "unknown error";
};

// src/perplexity-embedding-model.ts
var PerplexityEmbeddingModel = class {
  constructor(modelId, config) {
    this.specificationVersion = "v3";
    // https://docs.perplexity.ai/docs/embeddings/standard-embeddings
    this.maxEmbeddingsPerCall = 512;
    this.supportsParallelCalls = true;
    this.modelId = modelId;
    this.config = config;
  }
  get provider() {
    return this.config.provider;
  }
  async doEmbed({
    values,
    abortSignal,
    headers,
    providerOptions
  }) {
    var _a, _b, _c, _d, _e, _f;
    if (values.length > this.maxEmbeddingsPerCall) {
      throw new TooManyEmbeddingValuesForCallError({
        provider: this.provider,
        modelId: this.modelId,
        maxEmbeddingsPerCall: this.maxEmbeddingsPerCall,
        values
      });
    }
    const perplexityOptions = (_a = await parseProviderOptions({
      provider: "perplexity",
      providerOptions,
      schema: perplexityEmbeddingModelOptions
    })) != null ? _a : {};
    const encodingFormat = (_b = perplexityOptions.encodingFormat) != null ? _b : "base64_int8";
    const {
      responseHeaders,
      value: response,
      rawValue
    } = await postJsonToApi2({
      url: `${this.config.baseURL}/v1/embeddings`,
      headers: combineHeaders2(this.config.headers(), headers),
      body: {
        model: this.modelId,
        input: values,
        dimensions: perplexityOptions.dimensions,
        encoding_format: encodingFormat
      },
      failedResponseHandler: createJsonErrorResponseHandler2({
        errorSchema: perplexityErrorSchema,
        errorToMessage: (data) => {
          var _a2;
          return (_a2 = data.error.message) != null ? _a2 : "Unknown error";
        }
      }),
      successfulResponseHandler: createJsonResponseHandler2(
        perplexityEmbeddingResponseSchema
      ),
      abortSignal,
      fetch: this.config.fetch
    });
    const cost = (_c = response.usage) == null ? void 0 : _c.cost;
    return {
      embeddings: response.data.map(
        (item) => decodeEmbedding(item.embedding, encodingFormat)
      ),
      usage: response.usage ? { tokens: response.usage.prompt_tokens } : void 0,
      providerMetadata: cost ? {
        perplexity: {
          cost: {
            inputCost: (_d = cost.input_cost) != null ? _d : null,
            totalCost: (_e = cost.total_cost) != null ? _e : null,
            currency: (_f = cost.currency) != null ? _f : null
          }
        }
      } : void 0,
      response: { headers: responseHeaders, body: rawValue },
      warnings: []
    };
  }
};
function decodeEmbedding(base64, encodingFormat) {
  const bytes = convertBase64ToUint8Array2(base64);
  if (encodingFormat === "base64_int8") {
    const int8 = new Int8Array(
      bytes.buffer,
      bytes.byteOffset,
      bytes.byteLength
    );
    return Array.from(int8);
  }
  return Array.from(bytes);
}
var perplexityEmbeddingResponseSchema = z3.object({
  data: z3.array(z3.object({ embedding: z3.string() })),
  usage: z3.object({
    prompt_tokens: z3.number(),
    cost: z3.object({
      input_cost: z3.number().nullish(),
      total_cost: z3.number().nullish(),
      currency: z3.string().nullish()
    }).nullish()
  }).nullish()
});

// src/version.ts
var VERSION = true ? "3.0.61" : "0.0.0-test";

// src/perplexity-provider.ts
function createPerplexity(options = {}) {
  var _a;
  const getHeaders = () => withUserAgentSuffix(
    {
      Authorization: `Bearer ${loadApiKey({
        apiKey: options.apiKey,
        environmentVariableName: "PERPLEXITY_API_KEY",
        description: "Perplexity"
      })}`,
      ...options.headers
    },
    `ai-sdk/perplexity/${VERSION}`
  );
  const baseURL = withoutTrailingSlash(
    (_a = options.baseURL) != null ? _a : "https://api.perplexity.ai"
  );
  const createLanguageModel = (modelId) => {
    return new PerplexityLanguageModel(modelId, {
      baseURL,
      headers: getHeaders,
      generateId,
      fetch: options.fetch
    });
  };
  const createEmbeddingModel = (modelId) => new PerplexityEmbeddingModel(modelId, {
    provider: "perplexity.embedding",
    baseURL,
    headers: getHeaders,
    fetch: options.fetch
  });
  const provider = (modelId) => createLanguageModel(modelId);
  provider.specificationVersion = "v3";
  provider.languageModel = createLanguageModel;
  provider.embedding = createEmbeddingModel;
  provider.embeddingModel = createEmbeddingModel;
  provider.textEmbeddingModel = createEmbeddingModel;
  provider.imageModel = (modelId) => {
    throw new NoSuchModelError({ modelId, modelType: "imageModel" });
  };
  return provider;
}
var perplexity = createPerplexity();
export {
  VERSION,
  createPerplexity,
  perplexity
};
//# sourceMappingURL=index.mjs.map