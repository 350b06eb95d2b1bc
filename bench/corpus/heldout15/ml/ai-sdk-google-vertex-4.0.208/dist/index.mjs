// src/gemini-transcription/google-vertex-gemini-transcription-model.ts
import {
  InvalidArgumentError
} from "@ai-sdk/provider";
import {
  combineHeaders,
  convertToBase64,
  createJsonResponseHandler,
  parseProviderOptions,
  postJsonToApi,
  resolve
} from "@ai-sdk/provider-utils";
import { z as z3 } from "zod/v4";

// src/google-vertex-error.ts
import { createJsonErrorResponseHandler } from "@ai-sdk/provider-utils";
import { z } from "zod/v4";
var googleVertexErrorDataSchema = z.object({
  error: z.object({
    code: z.number().nullable(),
    message: z.string(),
    status: z.string()
  })
});
var googleVertexFailedResponseHandler = createJsonErrorResponseHandler(
  {
    errorSchema: googleVertexErrorDataSchema,
    errorToMessage: (data) => data.error.message
  }
);

// src/gemini-transcription/google-vertex-gemini-transcription-model-options.ts
import { z as z2 } from "zod/v4";
var googleVertexGeminiTranscriptionModelOptions = z2.object({
  /**
   * BCP-47 language codes providing hints about the languages present in the
   * audio. If omitted or empty, defaults to automatic language detection.
   */
  languageCodes: z2.array(z2.string()).optional(),
  /**
   * Custom vocabulary phrases, which bias the speech recognition model
   * toward recognizing specific terms.
   */
  customVocabulary: z2.array(z2.string()).optional(),
  /**
   * Enables word-level timestamp generation.
   */
  wordTimestamp: z2.boolean().optional(),
  /**
   * Enables speaker diarization.
   */
  diarization: z2.boolean().optional(),
  /**
   * Transcription output formatting mode.
   *
   * - `VERBATIM` (default): exact literal transcript preserving filler
   *   words, repetitions, and false starts.
   * - `SMART`: cleans up and structures the transcript in real time —
   *   disfluency removal, inline self-corrections, structured formatting
   *   (lists, numbers, dates, paragraph breaks), and grammar/casing polish.
   */
  mode: z2.enum(["SMART", "VERBATIM"]).optional()
});

// src/gemini-transcription/google-vertex-gemini-transcription-model.ts
function isLiveTranscriptionModelId(modelId) {
  return modelId.includes("-live");
}
var GoogleVertexGeminiTranscriptionModel = class {
  constructor(modelId, config) {
    this.modelId = modelId;
    this.config = config;
    this.specificationVersion = "v3";
  }
  get provider() {
    return this.config.provider;
  }
  async parseOptions(providerOptions) {
    for (const provider of ["googleVertex", "vertex", "google"]) {
      const parsed = await parseProviderOptions({
        provider,
        providerOptions,
        schema: googleVertexGeminiTranscriptionModelOptions
      });
      if (parsed != null) return parsed;
    }
    return void 0;
  }
  async doGenerate(options) {
    var _a, _b, _c, _d, _e, _f, _g, _h, _i;
    if (isLiveTranscriptionModelId(this.modelId)) {
      throw new InvalidArgumentError({
        argument: "modelId",
        message: `Model '${this.modelId}' only supports streaming transcription, which requires AI SDK v7. Use a unary model such as 'gemini-3.5-transcribe'.`
      });
    }
    const currentDate = (_c = (_b = (_a = this.config._internal) == null ? void 0 : _a.currentDate) == null ? void 0 : _b.call(_a)) != null ? _c : /* @__PURE__ */ new Date();
    const warnings = [];
    const googleOptions = await this.parseOptions(options.providerOptions);
    const audioTranscriptionConfig = buildAudioTranscriptionConfig(googleOptions);
    const requestBody = {
      contents: [
        {
          role: "user",
          parts: [
            {
              inlineData: {
                mimeType: options.mediaType,
                data: convertToBase64(options.audio)
              }
            }
          ]
        }
      ],
      ...audioTranscriptionConfig != null ? { generationConfig: { audioTranscriptionConfig } } : {}
    };
    const {
      value: response,
      responseHeaders,
      rawValue: rawResponse
    } = await postJsonToApi({
      url: `${this.config.baseURL}/models/${this.modelId}:generateContent`,
      headers: combineHeaders(
        this.config.headers ? await resolve(this.config.headers) : void 0,
        options.headers
      ),
      body: requestBody,
      failedResponseHandler: googleVertexFailedResponseHandler,
      successfulResponseHandler: createJsonResponseHandler(
        googleVertexGeminiTranscriptionResponseSchema
      ),
      abortSignal: options.abortSignal,
      fetch: this.config.fetch
    });
    const parts = (_g = (_f = (_e = (_d = response.candidates) == null ? void 0 : _d[0]) == null ? void 0 : _e.content) == null ? void 0 : _f.parts) != null ? _g : [];
    const plainText = parts.map((part) => {
      var _a2;
      return (_a2 = part.text) != null ? _a2 : "";
    }).join("");
    const transcriptionText = parts.map((part) => {
      var _a2, _b2;
      return (_b2 = (_a2 = part.audioTranscription) == null ? void 0 : _a2.text) != null ? _b2 : "";
    }).join("");
    const text = plainText !== "" ? plainText : transcriptionText;
    let language;
    const segments = [];
    for (const part of parts) {
      const transcription = part.audioTranscription;
      if (transcription == null) continue;
      language != null ? language : language = (_h = transcription.languageCode) != null ? _h : void 0;
      for (const word of (_i = transcription.words) != null ? _i : []) {
        const startSecond = parseOffsetSeconds(word.startOffset);
        const endSecond = parseOffsetSeconds(word.endOffset);
        if (word.word == null || startSecond == null || endSecond == null) {
          continue;
        }
        segments.push({ text: word.word, startSecond, endSecond });
      }
    }
    return {
      text,
      segments,
      language,
      durationInSeconds: void 0,
      warnings,
      response: {
        timestamp: currentDate,
        modelId: this.modelId,
        headers: responseHeaders,
        body: rawResponse
      },
      ...response.usageMetadata != null ? {
        providerMetadata: {
          google: { usageMetadata: response.usageMetadata }
        }
      } : {}
    };
  }
};
function buildAudioTranscriptionConfig(options) {
  if (options == null) return void 0;
  const config = {};
  if (options.languageCodes != null) {
    config.languageCodes = options.languageCodes;
  }
  if (options.customVocabulary != null) {
    config.customVocabulary = options.customVocabulary;
  }
  if (options.wordTimestamp != null) {
    config.wordTimestamp = options.wordTimestamp;
  }
  if (options.diarization != null) {
    config.diarization = options.diarization;
  }
  if (options.mode != null) {
    config.mode = options.mode;
  }
  return Object.keys(config).length > 0 ? config : void 0;
}
function parseOffsetSeconds(offset) {
  if (offset == null) return void 0;
  const parsed = Number.parseFloat(offset);
  return Number.isFinite(parsed) ? parsed : void 0;
}
var googleVertexGeminiTranscriptionWordSchema = z3.object({
  word: z3.string().nullish(),
  startOffset: z3.string().nullish(),
  endOffset: z3.string().nullish()
});
var googleVertexGeminiTranscriptionResponseSchema = z3.object({
  candidates: z3.array(
    z3.object({
      content: z3.object({
        parts: z3.array(
          z3.object({
            text: z3.string().nullish(),
            audioTranscription: z3.object({
              text: z3.string().nullish(),
              languageCode: z3.string().nullish(),
              speakerLabel: z3.string().nullish(),
              words: z3.array(googleVertexGeminiTranscriptionWordSchema).nullish()
            }).nullish()
          })
        ).nullish()
      }).nullish()
    })
  ).nullish(),
  usageMetadata: z3.record(z3.string(), z3.unknown()).nullish()
});

// src/google-vertex-provider-node.ts
import { loadOptionalSetting as loadOptionalSetting2, resolve as resolve7 } from "@ai-sdk/provider-utils";

// src/google-vertex-auth-google-auth-library.ts
import { GoogleAuth } from "google-auth-library";
function createAuthTokenGenerator(options) {
  const auth = new GoogleAuth({
    scopes: ["https://www.googleapis.com/auth/cloud-platform"],
    ...options
  });
  return async function generateAuthToken() {
    var _a;
    const client = await auth.getClient();
    const token = await client.getAccessToken();
    return (_a = token == null ? void 0 : token.token) != null ? _a : null;
  };
}

// src/google-vertex-provider.ts
import {
  GoogleGenerativeAILanguageModel as GoogleGenerativeAILanguageModel2,
  GoogleInteractionsLanguageModel
} from "@ai-sdk/google/internal";
import {
  generateId,
  loadOptionalSetting,
  loadSetting,
  normalizeHeaders,
  resolve as resolve6,
  withoutTrailingSlash,
  withUserAgentSuffix
} from "@ai-sdk/provider-utils";

// src/version.ts
var VERSION = true ? "4.0.208" : "0.0.0-test";

// src/google-vertex-embedding-model.ts
import {
  TooManyEmbeddingValuesForCallError
} from "@ai-sdk/provider";
import {
  combineHeaders as combineHeaders2,
  createJsonResponseHandler as createJsonResponseHandler2,
  postJsonToApi as postJsonToApi2,
  resolve as resolve2,
  parseProviderOptions as parseProviderOptions2
} from "@ai-sdk/provider-utils";
import { z as z5 } from "zod/v4";

// src/google-vertex-embedding-options.ts
import { z as z4 } from "zod/v4";
var googleVertexEmbeddingModelOptions = z4.object({
  /**
   * Optional. Optional reduced dimension for the output embedding.
   * If set, excessive values in the output embedding are truncated from the end.
   */
  outputDimensionality: z4.number().optional(),
  /**
   * Optional. Specifies the task type for generating embeddings.
   * Supported task types:
   * - SEMANTIC_SIMILARITY: Optimized for text similarity.
   * - CLASSIFICATION: Optimized for text classification.
   * - CLUSTERING: Optimized for clustering texts based on similarity.
   * - RETRIEVAL_DOCUMENT: Optimized for document retrieval.
   * - RETRIEVAL_QUERY: Optimized for query-based retrieval.
   * - QUESTION_ANSWERING: Optimized for answering questions.
   * - FACT_VERIFICATION: Optimized for verifying factual information.
   * - CODE_RETRIEVAL_QUERY: Optimized for retrieving code blocks based on natural language queries.
   */
  taskType: z4.enum([
    "SEMANTIC_SIMILARITY",
    "CLASSIFICATION",
    "CLUSTERING",
    "RETRIEVAL_DOCUMENT",
    "RETRIEVAL_QUERY",
    "QUESTION_ANSWERING",
    "FACT_VERIFICATION",
    "CODE_RETRIEVAL_QUERY"
  ]).optional(),
  /**
   * Optional. The title of the document being embedded.
   * Only valid when task_type is set to 'RETRIEVAL_DOCUMENT'.
   * Helps the model produce better embeddings by providing additional context.
   */
  title: z4.string().optional(),
  /**
   * Optional. When set to true, input text will be truncated. When set to false,
   * an error is returned if the input text is longer than the maximum length supported by the model. Defaults to true.
   */
  autoTruncate: z4.boolean().optional()
});

// src/google-vertex-embedding-model.ts
var GoogleVertexEmbeddingModel = class {
  constructor(modelId, config) {
    this.specificationVersion = "v3";
    this.supportsParallelCalls = true;
    this.modelId = modelId;
    this.config = config;
  }
  get provider() {
    return this.config.provider;
  }
  // gemini-embedding-2 models only support :embedContent (one value per call),
  // not the :predict batch endpoint. https://github.com/vercel/ai/issues/15853
  get maxEmbeddingsPerCall() {
    return usesEmbedContentEndpoint(this.modelId) ? 1 : 2048;
  }
  async doEmbed({
    values,
    headers,
    abortSignal,
    providerOptions
  }) {
    var _a;
    let googleOptions = await parseProviderOptions2({
      provider: "vertex",
      providerOptions,
      schema: googleVertexEmbeddingModelOptions
    });
    if (googleOptions == null) {
      googleOptions = await parseProviderOptions2({
        provider: "google",
        providerOptions,
        schema: googleVertexEmbeddingModelOptions
      });
    }
    googleOptions = googleOptions != null ? googleOptions : {};
    if (values.length > this.maxEmbeddingsPerCall) {
      throw new TooManyEmbeddingValuesForCallError({
        provider: this.provider,
        modelId: this.modelId,
        maxEmbeddingsPerCall: this.maxEmbeddingsPerCall,
        values
      });
    }
    const mergedHeaders = combineHeaders2(
      await resolve2(this.config.headers),
      headers
    );
    if (usesEmbedContentEndpoint(this.modelId)) {
      const {
        responseHeaders: responseHeaders2,
        value: response2,
        rawValue: rawValue2
      } = await postJsonToApi2({
        url: `${this.config.baseURL}/models/${this.modelId}:embedContent`,
        headers: mergedHeaders,
        body: {
          content: { parts: [{ text: values[0] }] },
          embedContentConfig: {
            outputDimensionality: googleOptions.outputDimensionality,
            taskType: googleOptions.taskType,
            title: googleOptions.title,
            autoTruncate: googleOptions.autoTruncate
          }
        },
        failedResponseHandler: googleVertexFailedResponseHandler,
        successfulResponseHandler: createJsonResponseHandler2(
          googleVertexEmbedContentResponseSchema
        ),
        abortSignal,
        fetch: this.config.fetch
      });
      return {
        warnings: [],
        embeddings: [response2.embedding.values],
        usage: ((_a = response2.usageMetadata) == null ? void 0 : _a.promptTokenCount) == null ? void 0 : { tokens: response2.usageMetadata.promptTokenCount },
        response: { headers: responseHeaders2, body: rawValue2 }
      };
    }
    const url = `${this.config.baseURL}/models/${this.modelId}:predict`;
    const {
      responseHeaders,
      value: response,
      rawValue
    } = await postJsonToApi2({
      url,
      headers: mergedHeaders,
      body: {
        instances: values.map((value) => ({
          content: value,
          task_type: googleOptions.taskType,
          title: googleOptions.title
        })),
        parameters: {
          outputDimensionality: googleOptions.outputDimensionality,
          autoTruncate: googleOptions.autoTruncate
        }
      },
      failedResponseHandler: googleVertexFailedResponseHandler,
      successfulResponseHandler: createJsonResponseHandler2(
        googleVertexTextEmbeddingResponseSchema
      ),
      abortSignal,
      fetch: this.config.fetch
    });
    return {
      warnings: [],
      embeddings: response.predictions.map(
        (prediction) => prediction.embeddings.values
      ),
      usage: {
        tokens: response.predictions.reduce(
          (tokenCount, prediction) => tokenCount + prediction.embeddings.statistics.token_count,
          0
        )
      },
      response: { headers: responseHeaders, body: rawValue }
    };
  }
};
var googleVertexTextEmbeddingResponseSchema = z5.object({
  predictions: z5.array(
    z5.object({
      embeddings: z5.object({
        values: z5.array(z5.number()),
        statistics: z5.object({
          token_count: z5.number()
        })
      })
    })
  )
});
var googleVertexEmbedContentResponseSchema = z5.object({
  embedding: z5.object({
    values: z5.array(z5.number())
  }),
  usageMetadata: z5.object({
    promptTokenCount: z5.number().nullish()
  }).nullish()
});
function usesEmbedContentEndpoint(modelId) {
  return modelId === "gemini-embedding-2" || modelId === "gemini-embedding-2-preview";
}

// src/google-vertex-image-model.ts
import { GoogleGenerativeAILanguageModel } from "@ai-sdk/google/internal";
import {
  combineHeaders as combineHeaders3,
  convertToBase64 as convertToBase642,
  convertUint8ArrayToBase64,
  createJsonResponseHandler as createJsonResponseHandler3,
  generateId as defaultGenerateId,
  parseProviderOptions as parseProviderOptions3,
  postJsonToApi as postJsonToApi3,
  resolve as resolve3
} from "@ai-sdk/provider-utils";
import { z as z6 } from "zod/v4";
var GoogleVertexImageModel = class {
  constructor(modelId, config) {
    this.modelId = modelId;
    this.config = config;
    this.specificationVersion = "v3";
  }
  get maxImagesPerCall() {
    if (isGeminiModel(this.modelId)) {
      return 10;
    }
    return 4;
  }
  get provider() {
    return this.config.provider;
  }
  async doGenerate(options) {
    if (isGeminiModel(this.modelId)) {
      return this.doGenerateGemini(options);
    }
    return this.doGenerateImagen(options);
  }
  async doGenerateImagen({
    prompt,
    n,
    size,
    aspectRatio,
    seed,
    providerOptions,
    headers,
    abortSignal,
    files,
    mask
  }) {
    var _a, _b, _c, _d, _e, _f, _g;
    const warnings = [];
    if (size != null) {
      warnings.push({
        type: "unsupported",
        feature: "size",
        details: "This model does not support the `size` option. Use `aspectRatio` instead."
      });
    }
    const vertexImageOptions = await parseProviderOptions3({
      provider: "vertex",
      providerOptions,
      schema: googleVertexImageModelOptionsSchema
    });
    const { edit, ...otherOptions } = vertexImageOptions != null ? vertexImageOptions : {};
    const { mode: editMode, baseSteps, maskMode, maskDilation } = edit != null ? edit : {};
    const isEditMode = files != null && files.length > 0;
    let body;
    if (isEditMode) {
      const referenceImages = [];
      for (let i = 0; i < files.length; i++) {
        const file = files[i];
        referenceImages.push({
          referenceType: "REFERENCE_TYPE_RAW",
          referenceId: i + 1,
          referenceImage: {
            bytesBase64Encoded: getBase64Data(file)
          }
        });
      }
      if (mask != null) {
        referenceImages.push({
          referenceType: "REFERENCE_TYPE_MASK",
          referenceId: files.length + 1,
          referenceImage: {
            bytesBase64Encoded: getBase64Data(mask)
          },
          maskImageConfig: {
            maskMode: maskMode != null ? maskMode : "MASK_MODE_USER_PROVIDED",
            ...maskDilation != null ? { dilation: maskDilation } : {}
          }
        });
      }
      body = {
        instances: [
          {
            prompt,
            referenceImages
          }
        ],
        parameters: {
          sampleCount: n,
          ...aspectRatio != null ? { aspectRatio } : {},
          ...seed != null ? { seed } : {},
          editMode: editMode != null ? editMode : "EDIT_MODE_INPAINT_INSERTION",
          ...baseSteps != null ? { editConfig: { baseSteps } } : {},
          ...otherOptions
        }
      };
    } else {
      body = {
        instances: [{ prompt }],
        parameters: {
          sampleCount: n,
          ...aspectRatio != null ? { aspectRatio } : {},
          ...seed != null ? { seed } : {},
          ...otherOptions
        }
      };
    }
    const currentDate = (_c = (_b = (_a = this.config._internal) == null ? void 0 : _a.currentDate) == null ? void 0 : _b.call(_a)) != null ? _c : /* @__PURE__ */ new Date();
    const { value: response, responseHeaders } = await postJsonToApi3({
      url: `${this.config.baseURL}/models/${this.modelId}:predict`,
      headers: combineHeaders3(await resolve3(this.config.headers), headers),
      body,
      failedResponseHandler: googleVertexFailedResponseHandler,
      successfulResponseHandler: createJsonResponseHandler3(
        vertexImageResponseSchema
      ),
      abortSignal,
      fetch: this.config.fetch
    });
    const imagePredictions = (_e = (_d = response.predictions) == null ? void 0 : _d.filter(
      (prediction) => "bytesBase64Encoded" in prediction
    )) != null ? _e : [];
    return {
      images: imagePredictions.map(
        ({ bytesBase64Encoded }) => bytesBase64Encoded
      ),
      ...((_f = response.predictions) == null ? void 0 : _f.some(
        (prediction) => "raiFilteredReason" in prediction
      )) && { isRetryable: false },
      warnings,
      response: {
        timestamp: currentDate,
        modelId: this.modelId,
        headers: responseHeaders
      },
      providerMetadata: {
        vertex: {
          images: (_g = imagePredictions.map((prediction) => {
            const {
              // normalize revised prompt property
              prompt: revisedPrompt
            } = prediction;
            return { ...revisedPrompt != null && { revisedPrompt } };
          })) != null ? _g : []
        }
      }
    };
  }
  async doGenerateGemini({
    prompt,
    n,
    size,
    aspectRatio,
    seed,
    providerOptions,
    headers,
    abortSignal,
    files,
    mask
  }) {
    var _a, _b, _c, _d, _e, _f, _g, _h;
    const warnings = [];
    if (mask != null) {
      throw new Error(
        "Gemini image models do not support mask-based image editing."
      );
    }
    if (n != null && n > 1) {
      throw new Error(
        "Gemini image models do not support generating a set number of images per call. Use n=1 or omit the n parameter."
      );
    }
    if (size != null) {
      warnings.push({
        type: "unsupported",
        feature: "size",
        details: "This model does not support the `size` option. Use `aspectRatio` instead."
      });
    }
    const userContent = [];
    if (prompt != null) {
      userContent.push({ type: "text", text: prompt });
    }
    if (files != null && files.length > 0) {
      for (const file of files) {
        if (file.type === "url") {
          userContent.push({
            type: "file",
            data: new URL(file.url),
            mediaType: "image/*"
          });
        } else {
          userContent.push({
            type: "file",
            data: typeof file.data === "string" ? file.data : new Uint8Array(file.data),
            mediaType: file.mediaType
          });
        }
      }
    }
    const languageModelPrompt = [
      { role: "user", content: userContent }
    ];
    const languageModel = new GoogleGenerativeAILanguageModel(this.modelId, {
      provider: this.config.provider,
      baseURL: this.config.baseURL,
      headers: (_a = this.config.headers) != null ? _a : {},
      fetch: this.config.fetch,
      generateId: (_b = this.config.generateId) != null ? _b : defaultGenerateId,
      supportedUrls: () => ({
        "*": [/^https?:\/\/.*$/, /^gs:\/\/.*$/]
      })
    });
    const result = await languageModel.doGenerate({
      prompt: languageModelPrompt,
      seed,
      providerOptions: {
        vertex: {
          responseModalities: ["IMAGE"],
          imageConfig: aspectRatio ? {
            aspectRatio
          } : void 0,
          ...providerOptions == null ? void 0 : providerOptions.vertex
        }
      },
      headers,
      abortSignal
    });
    const currentDate = (_e = (_d = (_c = this.config._internal) == null ? void 0 : _c.currentDate) == null ? void 0 : _d.call(_c)) != null ? _e : /* @__PURE__ */ new Date();
    const images = [];
    for (const part of result.content) {
      if (part.type === "file" && part.mediaType.startsWith("image/")) {
        images.push(convertToBase642(part.data));
      }
    }
    return {
      images,
      ...result.finishReason.unified === "content-filter" ? { isRetryable: false } : {},
      warnings,
      providerMetadata: {
        vertex: {
          images: images.map(() => ({}))
        }
      },
      response: {
        timestamp: currentDate,
        modelId: this.modelId,
        headers: (_f = result.response) == null ? void 0 : _f.headers
      },
      usage: result.usage ? {
        inputTokens: result.usage.inputTokens.total,
        outputTokens: result.usage.outputTokens.total,
        totalTokens: ((_g = result.usage.inputTokens.total) != null ? _g : 0) + ((_h = result.usage.outputTokens.total) != null ? _h : 0)
      } : void 0
    };
  }
};
function isGeminiModel(modelId) {
  return modelId.startsWith("gemini-");
}
var vertexImageResponseSchema = z6.object({
  predictions: z6.array(
    z6.union([
      z6.object({
        bytesBase64Encoded: z6.string(),
        mimeType: z6.string(),
        prompt: z6.string().nullish()
      }),
      z6.object({ raiFilteredReason: z6.string() })
    ])
  ).nullish()
});
var googleVertexImageModelOptionsSchema = z6.object({
  negativePrompt: z6.string().nullish(),
  personGeneration: z6.enum(["dont_allow", "allow_adult", "allow_all"]).nullish(),
  safetySetting: z6.enum([
    "block_low_and_above",
    "block_medium_and_above",
    "block_only_high",
    "block_none"
  ]).nullish(),
  addWatermark: z6.boolean().nullish(),
  storageUri: z6.string().nullish(),
  sampleImageSize: z6.enum(["1K", "2K"]).nullish(),
  /**
   * Configuration for image editing operations
   */
  edit: z6.object({
    /**
     * An integer that represents the number of sampling steps.
     * A higher value offers better image quality, a lower value offers better latency.
     * Try 35 steps to start. If the quality doesn't meet your requirements,
     * increase the value towards an upper limit of 75.
     */
    baseSteps: z6.number().nullish(),
    // Edit mode options
    // https://cloud.google.com/vertex-ai/generative-ai/docs/image/edit-insert-objects
    mode: z6.enum([
      "EDIT_MODE_INPAINT_INSERTION",
      "EDIT_MODE_INPAINT_REMOVAL",
      "EDIT_MODE_OUTPAINT",
      "EDIT_MODE_CONTROLLED_EDITING",
      "EDIT_MODE_PRODUCT_IMAGE",
      "EDIT_MODE_BGSWAP"
    ]).nullish(),
    /**
     * The mask mode to use.
     * - `MASK_MODE_DEFAULT` - Default value for mask mode.
     * - `MASK_MODE_USER_PROVIDED` - User provided mask. No segmentation needed.
     * - `MASK_MODE_DETECTION_BOX` - Mask from detected bounding boxes.
     * - `MASK_MODE_CLOTHING_AREA` - Masks from segmenting the clothing area with open-vocab segmentation.
     * - `MASK_MODE_PARSED_PERSON` - Masks from segmenting the person body and clothing using the person-parsing model.
     */
    maskMode: z6.enum([
      "MASK_MODE_DEFAULT",
      "MASK_MODE_USER_PROVIDED",
      "MASK_MODE_DETECTION_BOX",
      "MASK_MODE_CLOTHING_AREA",
      "MASK_MODE_PARSED_PERSON"
    ]).nullish(),
    /**
     * Optional. A float value between 0 and 1, inclusive, that represents the
     * percentage of the image width to grow the mask by. Using dilation helps
     * compensate for imprecise masks. We recommend a value of 0.01.
     */
    maskDilation: z6.number().nullish()
  }).nullish()
});
function getBase64Data(file) {
  if (file.type === "url") {
    throw new Error(
      "URL-based images are not supported for Google Vertex image editing. Please provide the image data directly."
    );
  }
  if (typeof file.data === "string") {
    return file.data;
  }
  return convertUint8ArrayToBase64(file.data);
}

// src/google-vertex-tools.ts
import { googleTools } from "@ai-sdk/google/internal";
var googleVertexTools = {
  googleSearch: googleTools.googleSearch,
  enterpriseWebSearch: googleTools.enterpriseWebSearch,
  googleMaps: googleTools.googleMaps,
  urlContext: googleTools.urlContext,
  fileSearch: googleTools.fileSearch,
  codeExecution: googleTools.codeExecution,
  vertexRagStore: googleTools.vertexRagStore
};

// src/google-vertex-transcription-model.ts
import {
  combineHeaders as combineHeaders4,
  convertUint8ArrayToBase64 as convertUint8ArrayToBase642,
  createJsonResponseHandler as createJsonResponseHandler4,
  parseProviderOptions as parseProviderOptions4,
  postJsonToApi as postJsonToApi4,
  resolve as resolve4
} from "@ai-sdk/provider-utils";
import { z as z8 } from "zod/v4";

// src/google-vertex-transcription-model-options.ts
import { z as z7 } from "zod/v4";
var googleVertexTranscriptionProviderOptionsSchema = z7.object({
  /**
   * BCP-47 language codes to recognize (e.g. `['en-US']`), or `['auto']` to let
   * Chirp auto-detect the spoken language. Defaults to `['auto']`. For
   * `telephony`, pass a supported explicit language code.
   */
  languageCodes: z7.array(z7.string()).optional(),
  /**
   * Whether to add punctuation to the transcript. Defaults to `true`.
   */
  enableAutomaticPunctuation: z7.boolean().optional(),
  /**
   * Whether to include word-level timestamps. Defaults to `true` so the
   * transcription result can include segments.
   *
   * Enabling word-level timestamps can reduce transcription quality and speed
   * for Chirp models.
   */
  enableWordTimeOffsets: z7.boolean().optional(),
  /**
   * The Cloud Speech-to-Text region for the request (e.g. `'us'`, `'eu'`,
   * `'us-central1'`). Defaults to the provider `location`.
   *
   * Note: Speech-to-Text regions differ from Vertex AI regions. Chirp is only
   * available in specific Speech-to-Text regions and is not available in the
   * `global` location.
   */
  region: z7.string().optional()
});

// src/google-vertex-transcription-model.ts
function parseDurationSeconds(value) {
  if (value == null) {
    return void 0;
  }
  const seconds = Number.parseFloat(value);
  return Number.isFinite(seconds) ? seconds : void 0;
}
function convertBcp47ToIso6391(value) {
  if (value == null) {
    return void 0;
  }
  try {
    const language = new Intl.Locale(value).language;
    return language.length === 2 ? language : void 0;
  } catch (e) {
    return void 0;
  }
}
var GoogleVertexTranscriptionModel = class {
  constructor(modelId, config) {
    this.modelId = modelId;
    this.config = config;
    this.specificationVersion = "v3";
  }
  get provider() {
    return this.config.provider;
  }
  async doGenerate(options) {
    var _a, _b, _c, _d, _e, _f, _g, _h, _i, _j;
    const currentDate = (_c = (_b = (_a = this.config._internal) == null ? void 0 : _a.currentDate) == null ? void 0 : _b.call(_a)) != null ? _c : /* @__PURE__ */ new Date();
    const warnings = [];
    let googleOptions;
    for (const provider of ["googleVertex", "vertex", "google"]) {
      googleOptions = await parseProviderOptions4({
        provider,
        providerOptions: options.providerOptions,
        schema: googleVertexTranscriptionProviderOptionsSchema
      });
      if (googleOptions != null) {
        break;
      }
    }
    const region = (_d = googleOptions == null ? void 0 : googleOptions.region) != null ? _d : this.config.location;
    const languageCodes = (_e = googleOptions == null ? void 0 : googleOptions.languageCodes) != null ? _e : ["auto"];
    const content = typeof options.audio === "string" ? options.audio : convertUint8ArrayToBase642(options.audio);
    const requestBody = {
      config: {
        model: this.modelId,
        languageCodes,
        // Let Speech-to-Text auto-detect the audio encoding (wav/mp3/flac/…).
        autoDecodingConfig: {},
        features: {
          // Word timing populates `segments`.
          enableWordTimeOffsets: (_f = googleOptions == null ? void 0 : googleOptions.enableWordTimeOffsets) != null ? _f : true,
          enableAutomaticPunctuation: (_g = googleOptions == null ? void 0 : googleOptions.enableAutomaticPunctuation) != null ? _g : true
        }
      },
      content
    };
    const host = region === "global" ? "speech.googleapis.com" : `${region}-speech.googleapis.com`;
    const url = `https://${host}/v2/projects/${this.config.project}/locations/${region}/recognizers/_:recognize`;
    const {
      value: response,
      responseHeaders,
      rawValue: rawResponse
    } = await postJsonToApi4({
      url,
      headers: combineHeaders4(
        this.config.headers ? await resolve4(this.config.headers) : void 0,
        options.headers
      ),
      body: requestBody,
      failedResponseHandler: googleVertexFailedResponseHandler,
      successfulResponseHandler: createJsonResponseHandler4(
        googleVertexTranscriptionResponseSchema
      ),
      abortSignal: options.abortSignal,
      fetch: this.config.fetch
    });
    const results = (_h = response.results) != null ? _h : [];
    const text = results.map((result) => {
      var _a2, _b2, _c2;
      return (_c2 = (_b2 = (_a2 = result.alternatives) == null ? void 0 : _a2[0]) == null ? void 0 : _b2.transcript) != null ? _c2 : "";
    }).join(" ").trim();
    const segments = results.flatMap(
      (result) => {
        var _a2, _b2, _c2, _d2;
        return (_d2 = (_c2 = (_b2 = (_a2 = result.alternatives) == null ? void 0 : _a2[0]) == null ? void 0 : _b2.words) == null ? void 0 : _c2.flatMap((word) => {
          const startSecond = parseDurationSeconds(word.startOffset);
          const endSecond = parseDurationSeconds(word.endOffset);
          return word.word == null || startSecond == null || endSecond == null ? [] : [{ text: word.word, startSecond, endSecond }];
        })) != null ? _d2 : [];
      }
    );
    const language = convertBcp47ToIso6391((_i = results[0]) == null ? void 0 : _i.languageCode);
    return {
      text,
      segments,
      language,
      durationInSeconds: parseDurationSeconds(
        (_j = response.metadata) == null ? void 0 : _j.totalBilledDuration
      ),
      warnings,
      response: {
        timestamp: currentDate,
        modelId: this.modelId,
        headers: responseHeaders,
        body: rawResponse
      }
    };
  }
};
var googleVertexTranscriptionResponseSchema = z8.object({
  results: z8.array(
    z8.object({
      alternatives: z8.array(
        z8.object({
          transcript: z8.string().nullish(),
          words: z8.array(
            z8.object({
              word: z8.string().nullish(),
              startOffset: z8.string().nullish(),
              endOffset: z8.string().nullish()
            })
          ).nullish()
        })
      ).nullish(),
      languageCode: z8.string().nullish()
    })
  ).nullish(),
  metadata: z8.object({
    totalBilledDuration: z8.string().nullish()
  }).nullish()
});

// src/google-vertex-video-model.ts
import {
  AISDKError
} from "@ai-sdk/provider";
import {
  combineHeaders as combineHeaders5,
  convertUint8ArrayToBase64 as convertUint8ArrayToBase643,
  createJsonResponseHandler as createJsonResponseHandler5,
  delay,
  lazySchema,
  parseProviderOptions as parseProviderOptions5,
  postJsonToApi as postJsonToApi5,
  resolve as resolve5,
  zodSchema
} from "@ai-sdk/provider-utils";
import { z as z9 } from "zod/v4";
function getFirstFrameImage(options) {
  var _a, _b;
  return (_b = (_a = options.frameImages) == null ? void 0 : _a.find((frame) => frame.frameType === "first_frame")) == null ? void 0 : _b.image;
}
function resolveStartImage(options) {
  var _a;
  return (_a = getFirstFrameImage(options)) != null ? _a : options.image;
}
function getLastFrameImage(options) {
  var _a, _b;
  return (_b = (_a = options.frameImages) == null ? void 0 : _a.find((frame) => frame.frameType === "last_frame")) == null ? void 0 : _b.image;
}
function getInputReferences(options) {
  if (options.frameImages != null && options.frameImages.length > 0) {
    return void 0;
  }
  return options.inputReferences != null && options.inputReferences.length > 0 ? options.inputReferences : void 0;
}
function convertFileToVertexImage(file, warnings) {
  if (file.type === "url") {
    if (file.url.startsWith("gs://")) {
      return {
        gcsUri: file.url,
        mimeType: "image/png"
      };
    }
    warnings.push({
      type: "unsupported",
      feature: "URL-based image input",
      details: "Vertex AI video models require base64-encoded images or GCS URIs. URL will be ignored."
    });
    return void 0;
  }
  const base64Data = typeof file.data === "string" ? file.data : convertUint8ArrayToBase643(file.data);
  return {
    bytesBase64Encoded: base64Data,
    mimeType: file.mediaType || "image/png"
  };
}
function convertInputReferenceImage(file, warnings) {
  const image = convertFileToVertexImage(file, warnings);
  return image != null ? { image } : void 0;
}
var GoogleVertexVideoModel = class {
  constructor(modelId, config) {
    this.modelId = modelId;
    this.config = config;
    this.specificationVersion = "v3";
  }
  get provider() {
    return this.config.provider;
  }
  get maxVideosPerCall() {
    return 4;
  }
  async doGenerate(options) {
    var _a, _b, _c, _d, _e, _f, _g;
    const currentDate = (_c = (_b = (_a = this.config._internal) == null ? void 0 : _a.currentDate) == null ? void 0 : _b.call(_a)) != null ? _c : /* @__PURE__ */ new Date();
    const warnings = [];
    const vertexOptions = await parseProviderOptions5({
      provider: "vertex",
      providerOptions: options.providerOptions,
      schema: googleVertexVideoModelOptionsSchema
    });
    const instances = [{}];
    const instance = instances[0];
    if (options.prompt != null) {
      instance.prompt = options.prompt;
    }
    const startImage = resolveStartImage(options);
    if (startImage != null) {
      const image = convertFileToVertexImage(startImage, warnings);
      if (image != null) {
        instance.image = image;
      }
    }
    const lastFrameImage = getLastFrameImage(options);
    if (lastFrameImage != null) {
      const lastFrame = convertFileToVertexImage(lastFrameImage, warnings);
      if (lastFrame != null) {
        instance.lastFrame = lastFrame;
      }
    }
    const inputReferences = getInputReferences(options);
    if (inputReferences != null) {
      instance.referenceImages = inputReferences.flatMap((reference) => {
        const converted = convertInputReferenceImage(reference, warnings);
        return converted != null ? [converted] : [];
      });
    } else if ((vertexOptions == null ? void 0 : vertexOptions.referenceImages) != null) {
      instance.referenceImages = vertexOptions.referenceImages;
    }
    const parameters = {
      sampleCount: options.n
    };
    if (options.aspectRatio) {
      parameters.aspectRatio = options.aspectRatio;
    }
    if (options.resolution) {
      const resolutionMap = {
        "1280x720": "720p",
        "1920x1080": "1080p",
        "3840x2160": "4k"
      };
      parameters.resolution = resolutionMap[options.resolution] || options.resolution;
    }
    if (options.duration) {
      parameters.durationSeconds = options.duration;
    }
    if (options.seed) {
      parameters.seed = options.seed;
    }
    const generateAudio = (_d = options.generateAudio) != null ? _d : vertexOptions == null ? void 0 : vertexOptions.generateAudio;
    if (generateAudio != null) {
      parameters.generateAudio = generateAudio;
    }
    if (vertexOptions != null) {
      const opts = vertexOptions;
      if (opts.personGeneration !== void 0 && opts.personGeneration !== null) {
        parameters.personGeneration = opts.personGeneration;
      }
      if (opts.negativePrompt !== void 0 && opts.negativePrompt !== null) {
        parameters.negativePrompt = opts.negativePrompt;
      }
      if (opts.gcsOutputDirectory !== void 0 && opts.gcsOutputDirectory !== null) {
        parameters.gcsOutputDirectory = opts.gcsOutputDirectory;
      }
      for (const [key, value] of Object.entries(opts)) {
        if (![
          "pollIntervalMs",
          "pollTimeoutMs",
          "personGeneration",
          "negativePrompt",
          "generateAudio",
          "gcsOutputDirectory",
          "referenceImages"
        ].includes(key)) {
          parameters[key] = value;
        }
      }
    }
    const { value: operation } = await postJsonToApi5({
      url: `${this.config.baseURL}/models/${this.modelId}:predictLongRunning`,
      headers: combineHeaders5(
        await resolve5(this.config.headers),
        options.headers
      ),
      body: {
        instances,
        parameters
      },
      successfulResponseHandler: createJsonResponseHandler5(
        vertexOperationSchema
      ),
      failedResponseHandler: googleVertexFailedResponseHandler,
      abortSignal: options.abortSignal,
      fetch: this.config.fetch
    });
    const operationName = operation.name;
    if (!operationName) {
      throw new AISDKError({
        name: "VERTEX_VIDEO_GENERATION_ERROR",
        message: "No operation name returned from API"
      });
    }
    const pollIntervalMs = (_e = vertexOptions == null ? void 0 : vertexOptions.pollIntervalMs) != null ? _e : 1e4;
    const pollTimeoutMs = (_f = vertexOptions == null ? void 0 : vertexOptions.pollTimeoutMs) != null ? _f : 6e5;
    const startTime = Date.now();
    let finalOperation = operation;
    let responseHeaders;
    while (!finalOperation.done) {
      if (Date.now() - startTime > pollTimeoutMs) {
        throw new AISDKError({
          name: "VERTEX_VIDEO_GENERATION_TIMEOUT",
          message: `Video generation timed out after ${pollTimeoutMs}ms`
        });
      }
      await delay(pollIntervalMs);
      if ((_g = options.abortSignal) == null ? void 0 : _g.aborted) {
        throw new AISDKError({
          name: "VERTEX_VIDEO_GENERATION_ABORTED",
          message: "Video generation request was aborted"
        });
      }
      const { value: statusOperation, responseHeaders: pollHeaders } = await postJsonToApi5({
        url: `${this.config.baseURL}/models/${this.modelId}:fetchPredictOperation`,
        headers: combineHeaders5(
          await resolve5(this.config.headers),
          options.headers
        ),
        body: {
          operationName
        },
        successfulResponseHandler: createJsonResponseHandler5(
          vertexOperationSchema
        ),
        failedResponseHandler: googleVertexFailedResponseHandler,
        abortSignal: options.abortSignal,
        fetch: this.config.fetch
      });
      finalOperation = statusOperation;
      responseHeaders = pollHeaders;
    }
    if (finalOperation.error) {
      throw new AISDKError({
        name: "VERTEX_VIDEO_GENERATION_FAILED",
        message: `Video generation failed: ${finalOperation.error.message}`
      });
    }
    const response = finalOperation.response;
    if (!(response == null ? void 0 : response.videos) || response.videos.length === 0) {
      throw new AISDKError({
        name: "VERTEX_VIDEO_GENERATION_ERROR",
        message: `No videos in response. Response: ${JSON.stringify(finalOperation)}`
      });
    }
    const videos = [];
    const videoMetadata = [];
    for (const video of response.videos) {
      if (video.bytesBase64Encoded) {
        videos.push({
          type: "base64",
          data: video.bytesBase64Encoded,
          mediaType: video.mimeType || "video/mp4"
        });
        videoMetadata.push({
          mimeType: video.mimeType
        });
      } else if (video.gcsUri) {
        videos.push({
          type: "url",
          url: video.gcsUri,
          mediaType: video.mimeType || "video/mp4"
        });
        videoMetadata.push({
          gcsUri: video.gcsUri,
          mimeType: video.mimeType
        });
      }
    }
    if (videos.length === 0) {
      throw new AISDKError({
        name: "VERTEX_VIDEO_GENERATION_ERROR",
        message: "No valid videos in response"
      });
    }
    return {
      videos,
      warnings,
      response: {
        timestamp: currentDate,
        modelId: this.modelId,
        headers: responseHeaders
      },
      providerMetadata: {
        "google-vertex": {
          videos: videoMetadata
        }
      }
    };
  }
};
var vertexOperationSchema = z9.object({
  name: z9.string().nullish(),
  done: z9.boolean().nullish(),
  error: z9.object({
    code: z9.number().nullish(),
    message: z9.string(),
    status: z9.string().nullish()
  }).nullish(),
  response: z9.object({
    videos: z9.array(
      z9.object({
        bytesBase64Encoded: z9.string().nullish(),
        gcsUri: z9.string().nullish(),
        mimeType: z9.string().nullish()
      })
    ).nullish(),
    raiMediaFilteredCount: z9.number().nullish()
  }).nullish()
});
var googleVertexVideoModelOptionsSchema = lazySchema(
  () => zodSchema(
    z9.object({
      pollIntervalMs: z9.number().positive().nullish(),
      pollTimeoutMs: z9.number().positive().nullish(),
      personGeneration: z9.enum(["dont_allow", "allow_adult", "allow_all"]).nullish(),
      negativePrompt: z9.string().nullish(),
      generateAudio: z9.boolean().nullish(),
      gcsOutputDirectory: z9.string().nullish(),
      referenceImages: z9.array(
        z9.object({
          bytesBase64Encoded: z9.string().nullish(),
          gcsUri: z9.string().nullish()
        })
      ).nullish()
    }).passthrough()
  )
);

// src/google-vertex-provider.ts
var EXPRESS_MODE_BASE_URL = "https://aiplatform.googleapis.com/v1/publishers/google";
function createExpressModeFetch(apiKey, customFetch) {
  return async (url, init) => {
    const modifiedInit = {
      ...init,
      headers: {
        ...(init == null ? void 0 : init.headers) ? normalizeHeaders(init.headers) : {},
        "x-goog-api-key": apiKey
      }
    };
    return (customFetch != null ? customFetch : fetch)(url.toString(), modifiedInit);
  };
}
function createVertex(options = {}) {
  const apiKey = loadOptionalSetting({
    settingValue: options.apiKey,
    environmentVariableName: "GOOGLE_VERTEX_API_KEY"
  });
  const loadVertexProject = () => loadSetting({
    settingValue: options.project,
    settingName: "project",
    environmentVariableName: "GOOGLE_VERTEX_PROJECT",
    description: "Google Vertex project"
  });
  const loadVertexLocation = () => loadSetting({
    settingValue: options.location,
    settingName: "location",
    environmentVariableName: "GOOGLE_VERTEX_LOCATION",
    description: "Google Vertex location"
  });
  const loadBaseURL = ({ endpoint = false } = {}) => {
    var _a, _b;
    if (apiKey) {
      return (_a = withoutTrailingSlash(options.baseURL)) != null ? _a : EXPRESS_MODE_BASE_URL;
    }
    const region = loadVertexLocation();
    const project = loadVertexProject();
    const getHost = () => {
      if (region === "global") {
        return "aiplatform.googleapis.com";
      } else if (region === "eu" || region === "us") {
        return `aiplatform.${region}.rep.googleapis.com`;
      } else {
        return `${region}-aiplatform.googleapis.com`;
      }
    };
    return (_b = withoutTrailingSlash(options.baseURL)) != null ? _b : `https://${getHost()}/v1beta1/projects/${project}/locations/${region}${endpoint ? "" : "/publishers/google"}`;
  };
  const createConfig = (name, { endpoint = false } = {}) => {
    const getHeaders = async () => {
      var _a;
      const originalHeaders = await resolve6((_a = options.headers) != null ? _a : {});
      return withUserAgentSuffix(
        originalHeaders,
        `ai-sdk/google-vertex/${VERSION}`
      );
    };
    return {
      provider: `google.vertex.${name}`,
      headers: getHeaders,
      fetch: apiKey ? createExpressModeFetch(apiKey, options.fetch) : options.fetch,
      baseURL: loadBaseURL({ endpoint })
    };
  };
  const createChatModel = (modelId) => {
    var _a;
    return new GoogleGenerativeAILanguageModel2(modelId, {
      ...createConfig("chat"),
      generateId: (_a = options.generateId) != null ? _a : generateId,
      supportedUrls: () => ({
        "*": [
          // HTTP URLs:
          /^https?:\/\/.*$/,
          // Google Cloud Storage URLs:
          /^gs:\/\/.*$/
        ]
      })
    });
  };
  const createInteractionsModel = (modelIdOrAgent) => {
    var _a;
    if (apiKey) {
      throw new Error(
        "Google Vertex Interactions models do not support Express Mode API keys. Use standard Google Cloud credentials instead."
      );
    }
    return new GoogleInteractionsLanguageModel(
      modelIdOrAgent,
      {
        // The Interactions API is a location-scoped resource
        // (`.../locations/{region}/interactions`), so it uses the
        // endpoint-style base URL without the `/publishers/google` suffix that
        // the base-model paths carry.
        ...createConfig("interactions", { endpoint: true }),
        generateId: (_a = options.generateId) != null ? _a : generateId
      }
    );
  };
  const createEmbeddingModel = (modelId) => new GoogleVertexEmbeddingModel(modelId, createConfig("embedding"));
  const createImageModel = (modelId) => {
    var _a;
    return new GoogleVertexImageModel(modelId, {
      ...createConfig("image"),
      generateId: (_a = options.generateId) != null ? _a : generateId
    });
  };
  const createVideoModel = (modelId) => {
    var _a;
    return new GoogleVertexVideoModel(modelId, {
      ...createConfig("video"),
      generateId: (_a = options.generateId) != null ? _a : generateId
    });
  };
  const createTranscriptionModel = (modelId) => {
    if (apiKey) {
      throw new Error(
        "Google Vertex transcription models do not support Express Mode API keys. Use standard Google Cloud credentials instead."
      );
    }
    const config = createConfig("transcription");
    if (modelId.startsWith("gemini")) {
      return new GoogleVertexGeminiTranscriptionModel(modelId, {
        provider: config.provider,
        baseURL: loadBaseURL(),
        headers: config.headers,
        fetch: config.fetch
      });
    }
    return new GoogleVertexTranscriptionModel(modelId, {
      provider: config.provider,
      headers: config.headers,
      fetch: config.fetch,
      project: loadVertexProject(),
      location: loadVertexLocation()
    });
  };
  const provider = function(modelId) {
    if (new.target) {
      throw new Error(
        "The Google Vertex AI model function cannot be called with the new keyword."
      );
    }
    return createChatModel(modelId);
  };
  provider.specificationVersion = "v3";
  provider.languageModel = createChatModel;
  provider.interactions = createInteractionsModel;
  provider.embeddingModel = createEmbeddingModel;
  provider.textEmbeddingModel = createEmbeddingModel;
  provider.image = createImageModel;
  provider.imageModel = createImageModel;
  provider.video = createVideoModel;
  provider.videoModel = createVideoModel;
  provider.transcription = createTranscriptionModel;
  provider.transcriptionModel = createTranscriptionModel;
  provider.tools = googleVertexTools;
  return provider;
}

// src/google-vertex-provider-node.ts
function createVertex2(options = {}) {
  const apiKey = loadOptionalSetting2({
    settingValue: options.apiKey,
    environmentVariableName: "GOOGLE_VERTEX_API_KEY"
  });
  if (apiKey) {
    return createVertex(options);
  }
  const googleAuthOptions = options.project == null ? options.googleAuthOptions : {
    projectId: options.project,
    ...options.googleAuthOptions
  };
  const generateAuthToken = createAuthTokenGenerator(googleAuthOptions);
  return createVertex({
    ...options,
    headers: async () => ({
      Authorization: `Bearer ${await generateAuthToken()}`,
      ...await resolve7(options.headers)
    })
  });
}
var vertex = createVertex2();
export {
  GoogleVertexGeminiTranscriptionModel,
  VERSION,
  createVertex2 as createVertex,
  vertex
};
//# sourceMappingURL=index.mjs.map