// A worker thread: compiles the engine once, then answers blocks of rows as they come.
import { parentPort, workerData } from 'node:worker_threads';
import { loadCorpus } from '../corpus/index.js';
import { compile } from '../engine/index.js';
import { answerBlock, type Block, type ChunkSetup } from './chunk.js';

export interface WorkerInit {
  dataDir: string | undefined;
  setup: ChunkSetup;
}

const { dataDir, setup } = workerData as WorkerInit;
const engine = compile(loadCorpus(dataDir));
const port = parentPort!;
port.on('message', (block: Block) => port.postMessage(answerBlock(engine, setup, block)));
