/**
 * The files that make a langchain4j ONNX export a transformers.js model folder (pure): a BERT config, a
 * tokenizer config, and the sentence-transformers pooling and prompt files that tell the embedder how the
 * model expects its input; plus source.json, which records where the weights came from.
 */
import type { CatalogModel } from './catalog.ts';

const HIDDEN = 384;
const MAX_TOKENS = 512;

/** Relative path → file content, for everything except the ONNX weights and tokenizer.json copied from the jar. */
export function modelFolderFiles(model: CatalogModel): Record<string, string> {
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  return {
    'config.json': json({
      model_type: 'bert',
      architectures: ['BertModel'],
      hidden_size: HIDDEN,
      num_hidden_layers: model.layers,
      num_attention_heads: 12,
      intermediate_size: 4 * HIDDEN,
      hidden_act: 'gelu',
      max_position_embeddings: MAX_TOKENS,
      type_vocab_size: 2,
      vocab_size: 30522,
      pad_token_id: 0,
    }),
    'tokenizer_config.json': json({
      tokenizer_class: 'BertTokenizer',
      do_lower_case: true,
      model_max_length: MAX_TOKENS,
      cls_token: '[CLS]',
      sep_token: '[SEP]',
      pad_token: '[PAD]',
      unk_token: '[UNK]',
      mask_token: '[MASK]',
    }),
    '1_Pooling/config.json': json({
      word_embedding_dimension: HIDDEN,
      pooling_mode_cls_token: model.pooling === 'cls',
      pooling_mode_mean_tokens: model.pooling === 'mean',
      pooling_mode_max_tokens: false,
      pooling_mode_mean_sqrt_len_tokens: false,
    }),
    'config_sentence_transformers.json': json({ prompts: model.prompts, default_prompt_name: null }),
    'source.json': json({
      model: model.upstream,
      licence: model.licence,
      maven: `${model.maven.groupId}:${model.maven.artifactId}:${model.maven.version}`,
      files: {
        [ONNX_PATH]: { from: model.files.onnx, sha256: model.sha256.onnx },
        'tokenizer.json': { from: model.files.tokenizer, sha256: model.sha256.tokenizer },
      },
      rebuild: `npm run fetch-model -- ${model.name}`,
    }),
  };
}

/** Where transformers.js looks for the weights it loads with `dtype: 'q8'`. */
export const ONNX_PATH = 'onnx/model_quantized.onnx';
