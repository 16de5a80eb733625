import fc from 'fast-check';
import { requestSchema } from './dist/src/engine/index.js';
