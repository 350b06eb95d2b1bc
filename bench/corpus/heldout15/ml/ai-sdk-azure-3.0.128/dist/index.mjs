// src/azure-openai-provider.ts
import {
  OpenAIChatLanguageModel,
  OpenAICompletionLanguageModel,
  OpenAIEmbeddingModel,
  OpenAIImageModel,
  OpenAIResponsesLanguageModel,
  OpenAISpeechModel,
  OpenAITranscriptionModel
} from "@ai-sdk/openai/internal";
import { DeepSeekChatLanguageModel } from "@ai-sdk/deepseek/internal";
import {
  InvalidArgumentError
} from "@ai-sdk/provider";
import {
  loadApiKey,
  loadSetting,
  normalizeHeaders,
  parseProviderOptions,
  withoutTrailingSlash,
  withUserAgentSuffix
} from "@ai-sdk/provider-utils";

// src/azure-openai-tools.ts
import {
  codeInterpreter,
  fileSearch,
  imageGeneration,
  webSearch,
  webSearchPreview
} from "@ai-sdk/openai/internal";
var azureOpenaiTools = {
  codeInterpreter,
  fileSearch,
  imageGeneration,
  webSearch,
  webSearchPreview
};

// src/azure-speech-transcription-model.ts
import {
  combineHeaders,
  convertBase64ToUint8Array,
  createJsonErrorResponseHandler,
  createJsonResponseHandler,
  mediaTypeToExtension,
  postFormDataToApi
} from "@ai-sdk/provider-utils";
import { z as z3 } from "zod/v4";

// src/azure-transcription-model-options.ts
import {
  lazySchema as lazySchema2,
  zodSchema as zodSchema2
} from "@ai-sdk/provider-utils";
import { z as z2 } from "zod/v4";

// src/azure-speech-transcription-model-options.ts
import {
  lazySchema,
  zodSchema
} from "@ai-sdk/provider-utils";
import { z } from "zod/v4";
var azureSpeechTranscriptionModelOptionsShape = () => ({
  /**
   * Timing granularity. Defaults to `segment` so that transcription results
   * include timed segments (Azure's own default is `none`).
   */
  timestamps: z.enum(["word", "segment", "none"]).optional(),
  /**
   * `verbatim` keeps fillers and false starts, `clean` removes them.
   * Azure defaults to `verbatim`.
   */
  transcribeStyle: z.enum(["verbatim", "clean"]).optional(),
  /**
   * Forces a single language, e.g. `['en']`. Omit for automatic language
   * detection and code switching.
   */
  locales: z.array(z.string()).length(1).optional(),
  /**
   * Speaker diarization. Speaker IDs are available in provider metadata.
   */
  diarization: z.strictObject({ enabled: z.boolean() }).optional(),
  /**
   * Keyword biasing for names and domain terminology.
   */
  phraseList: z.strictObject({ phrases: z.array(z.string()) }).optional()
});
var azureSpeechTranscriptionModelOptions = lazySchema(
  () => zodSchema(z.strictObject(azureSpeechTranscriptionModelOptionsShape()))
);

// src/azure-transcription-model-options.ts
var azureTranscriptionModelOptions = lazySchema2(
  () => zodSchema2(
    z2.strictObject({
      /**
       * API to use. Defaults to Speech for MAI-Transcribe-2, OpenAI otherwise.
       */
      api: z2.enum(["openai", "speech"]).optional(),
      ...azureSpeechTranscriptionModelOptionsShape()
    })
  )
);
function isMAITranscribe2(modelId) {
  return modelId.toLowerCase() === "mai-transcribe-2";
}

// src/azure-speech-transcription-model.ts
var AzureSpeechTranscriptionModel = class {
  constructor(modelId, config) {
    this.modelId = modelId;
    this.config = config;
    this.specificationVersion = "v3";
    this.provider = "azure.transcription";
  }
  async doGenerate(options, azureOptions = {}) {
    var _a, _b;
    const timestamp = /* @__PURE__ */ new Date();
    const formData = new FormData();
    formData.append(
      "audio",
      new Blob(
        [
          typeof options.audio === "string" ? convertBase64ToUint8Array(options.audio) : options.audio
        ],
        { type: options.mediaType }
      ),
      `audio.${mediaTypeToExtension(options.mediaType)}`
    );
    formData.append(
      "definition",
      JSON.stringify({
        enhancedMode: {
          enabled: true,
          model: isMAITranscribe2(this.modelId) ? "MAI-Transcribe-2" : this.modelId,
          modelOptions: {
            timestamps: (_a = azureOptions.timestamps) != null ? _a : "segment",
            transcribeStyle: azureOptions.transcribeStyle
          }
        },
        locales: azureOptions.locales,
        diarization: azureOptions.diarization,
        phraseList: azureOptions.phraseList
      })
    );
    const { value, rawValue, responseHeaders } = await postFormDataToApi({
      url: this.config.url(),
      headers: combineHeaders(this.config.headers(), options.headers),
      formData,
      abortSignal: options.abortSignal,
      fetch: this.config.fetch,
      failedResponseHandler: createJsonErrorResponseHandler({
        errorSchema: z3.union([
          z3.object({ error: z3.object({ message: z3.string() }) }),
          z3.object({ message: z3.string() })
        ]),
        errorToMessage: (data) => "error" in data ? data.error.message : data.message
      }),
      successfulResponseHandler: createJsonResponseHandler(responseSchema)
    });
    const phrases = (_b = value.phrases) != null ? _b : [];
    const languages = new Set(
      phrases.flatMap(
        (phrase) => phrase.locale ? [phrase.locale.split("-")[0].toLowerCase()] : []
      )
    );
    const [language] = languages;
    const reportedLanguage = languages.size === 1 && /^[a-z]{2}$/.test(language) ? language : void 0;
    return {
      text: value.combinedPhrases.map((phrase) => phrase.text).join(" "),
      segments: phrases.flatMap(
        (phrase) => phrase.offsetMilliseconds != null && phrase.durationMilliseconds != null ? [
          {
            text: phrase.text,
            startSecond: phrase.offsetMilliseconds / 1e3,
            endSecond: (phrase.offsetMilliseconds + phrase.durationMilliseconds) / 1e3
          }
        ] : []
      ),
      language: reportedLanguage,
      durationInSeconds: value.durationMilliseconds != null ? value.durationMilliseconds / 1e3 : void 0,
      warnings: [],
      providerMetadata: {
        azure: { phrases }
      },
      response: {
        timestamp,
        modelId: this.modelId,
        headers: responseHeaders,
        body: rawValue
      }
    };
  }
};
var responseSchema = z3.object({
  combinedPhrases: z3.array(z3.object({ text: z3.string() })),
  durationMilliseconds: z3.number().nullish(),
  phrases: z3.array(
    z3.object({
      text: z3.string(),
      offsetMilliseconds: z3.number().nullish(),
      durationMilliseconds: z3.number().nullish(),
      locale: z3.string().nullish(),
      speaker: z3.number().nullish(),
      confidence: z3.number().nullish(),
      words: z3.array(
        z3.object({
          text: z3.string(),
          offsetMilliseconds: z3.number().nullish(),
          durationMilliseconds: z3.number().nullish()
        })
      ).nullish()
    })
  ).nullish()
});

// src/version.ts
var VERSION = true ? "3.0.128" : "0.0.0-test";

// src/azure-openai-provider.ts
function getAzureOpenAIBaseURLInfo(baseURL) {
  if (baseURL == null) {
    return {
      isAzureOpenAI: true,
      isFoundryProject: false,
      isVersioned: false
    };
  }
  const url = new URL(baseURL);
  const hostname = url.hostname;
  const isAzureOpenAI = hostname.endsWith(".openai.azure.com") || hostname.endsWith(".services.ai.azure.com") || hostname.endsWith(".cognitiveservices.azure.com");
  const pathname = url.pathname.replace(/\/+$/, "");
  return {
    isAzureOpenAI,
    isFoundryProject: hostname.endsWith(".services.ai.azure.com") && pathname.startsWith("/api/projects/"),
    isVersioned: isAzureOpenAI && pathname.toLowerCase().endsWith("/openai/v1")
  };
}
function createAzure(options = {}) {
  var _a;
  const tokenProvider = options.tokenProvider;
  if (options.apiKey && tokenProvider) {
    throw new InvalidArgumentError({
      argument: "apiKey/tokenProvider",
      message: "Both apiKey and tokenProvider were provided. Please use only one authentication method."
    });
  }
  const getHeaders = (api = "openai") => {
    const authHeaders = tokenProvider ? {} : {
      [api === "speech" ? "Ocp-Apim-Subscription-Key" : "api-key"]: loadApiKey({
        apiKey: options.apiKey,
        environmentVariableName: "AZURE_API_KEY",
        description: api === "speech" ? "Azure Speech" : "Azure OpenAI"
      })
    };
    return withUserAgentSuffix(
      {
        ...authHeaders,
        ...options.headers
      },
      `ai-sdk/azure/${VERSION}`
    );
  };
  const fetch = tokenProvider ? async (input, init) => {
    var _a2;
    const headers = normalizeHeaders(init == null ? void 0 : init.headers);
    if (headers.authorization == null) {
      headers.authorization = `Bearer ${await tokenProvider()}`;
    }
    return ((_a2 = options.fetch) != null ? _a2 : globalThis.fetch)(input, {
      ...init,
      headers
    });
  } : options.fetch;
  const getResourceName = () => loadSetting({
    settingValue: options.resourceName,
    settingName: "resourceName",
    environmentVariableName: "AZURE_RESOURCE_NAME",
    description: "Azure OpenAI resource name"
  });
  const apiVersion = (_a = options.apiVersion) != null ? _a : "v1";
  const {
    isAzureOpenAI,
    isFoundryProject,
    isVersioned: isAzureOpenAIVersioned
  } = getAzureOpenAIBaseURLInfo(options.baseURL);
  const url = ({ path, modelId }) => {
    var _a2;
    const baseUrlPrefix = withoutTrailingSlash(
      (_a2 = options.baseURL) != null ? _a2 : `https://${getResourceName()}.openai.azure.com/openai`
    );
    let fullUrl;
    if (options.useDeploymentBasedUrls) {
      fullUrl = new URL(`${baseUrlPrefix}/deployments/${modelId}${path}`);
    } else if (!isAzureOpenAI || isAzureOpenAIVersioned) {
      fullUrl = new URL(`${baseUrlPrefix}${path}`);
    } else {
      fullUrl = new URL(`${baseUrlPrefix}/v1${path}`);
    }
    if (options.useDeploymentBasedUrls || isAzureOpenAI && !isAzureOpenAIVersioned && !isFoundryProject) {
      fullUrl.searchParams.set("api-version", apiVersion);
    }
    return fullUrl.toString();
  };
  const createChatModel = (deploymentName) => new OpenAIChatLanguageModel(deploymentName, {
    provider: "azure.chat",
    url,
    headers: getHeaders,
    fetch
  });
  const createDeepSeekModel = (deploymentName) => new DeepSeekChatLanguageModel(deploymentName, {
    provider: "azure.deepseek",
    url,
    headers: getHeaders,
    fetch,
    supportsPenaltySampling: true,
    supportsThinking: false,
    // json_object with thinking enabled makes Azure return the JSON in reasoning_content with empty content
    supportsStructuredOutputs: true
  });
  const createCompletionModel = (modelId) => new OpenAICompletionLanguageModel(modelId, {
    provider: "azure.completion",
    url,
    headers: getHeaders,
    fetch
  });
  const createEmbeddingModel = (modelId) => new OpenAIEmbeddingModel(modelId, {
    provider: "azure.embeddings",
    headers: getHeaders,
    url,
    fetch
  });
  const createResponsesModel = (modelId) => new OpenAIResponsesLanguageModel(modelId, {
    provider: "azure.responses",
    url,
    headers: getHeaders,
    fetch,
    explicitMessageItemType: isFoundryProject,
    fileIdPrefixes: ["assistant-"]
  });
  const createImageModel = (modelId) => new OpenAIImageModel(modelId, {
    provider: "azure.image",
    url,
    headers: getHeaders,
    fetch
  });
  const createTranscriptionModel = (modelId) => new AzureTranscriptionModel(
    modelId,
    options,
    new OpenAITranscriptionModel(modelId, {
      provider: "azure.transcription",
      url,
      headers: getHeaders,
      fetch
    }),
    new AzureSpeechTranscriptionModel(modelId, {
      url: () => {
        var _a2;
        return `${(_a2 = withoutTrailingSlash(options.speechBaseURL)) != null ? _a2 : `https://${getResourceName()}.cognitiveservices.azure.com`}/speechtotext/transcriptions:transcribe?api-version=2025-10-15`;
      },
      headers: () => getHeaders("speech"),
      fetch
    })
  );
  const createSpeechModel = (modelId) => new OpenAISpeechModel(modelId, {
    provider: "azure.speech",
    url,
    headers: getHeaders,
    fetch
  });
  const provider = function(deploymentId) {
    if (new.target) {
      throw new Error(
        "The Azure OpenAI model function cannot be called with the new keyword."
      );
    }
    return createResponsesModel(deploymentId);
  };
  provider.specificationVersion = "v3";
  provider.languageModel = createResponsesModel;
  provider.chat = createChatModel;
  provider.deepseek = createDeepSeekModel;
  provider.completion = createCompletionModel;
  provider.embedding = createEmbeddingModel;
  provider.embeddingModel = createEmbeddingModel;
  provider.textEmbedding = createEmbeddingModel;
  provider.textEmbeddingModel = createEmbeddingModel;
  provider.image = createImageModel;
  provider.imageModel = createImageModel;
  provider.responses = createResponsesModel;
  provider.transcription = createTranscriptionModel;
  provider.transcriptionModel = createTranscriptionModel;
  provider.speech = createSpeechModel;
  provider.tools = azureOpenaiTools;
  return provider;
}
var azure = createAzure();
var AzureTranscriptionModel = class {
  constructor(modelId, config, openai, speech) {
    this.modelId = modelId;
    this.config = config;
    this.openai = openai;
    this.speech = speech;
    this.specificationVersion = "v3";
    this.provider = "azure.transcription";
  }
  async doGenerate(options) {
    const { api, ...speechOptions } = await this.getOptions(
      options.providerOptions
    );
    if (api === "speech") {
      return this.speech.doGenerate(options, speechOptions);
    }
    const result = await this.openai.doGenerate(options);
    return {
      ...result,
      warnings: [
        ...result.warnings,
        ...Object.keys(speechOptions).map((key) => ({
          type: "unsupported",
          feature: `providerOptions.azure.${key}`,
          details: "This option requires the Azure Speech API."
        }))
      ]
    };
  }
  async getOptions(providerOptions) {
    var _a;
    const options = await parseProviderOptions({
      provider: "azure",
      providerOptions,
      schema: azureTranscriptionModelOptions
    });
    return {
      ...options,
      api: (_a = options == null ? void 0 : options.api) != null ? _a : isMAITranscribe2(this.modelId) ? "speech" : "openai"
    };
  }
};
export {
  VERSION,
  azure,
  createAzure
};
//# sourceMappingURL=index.mjs.map