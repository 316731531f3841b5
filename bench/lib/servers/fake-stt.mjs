// The scripted speech-to-text server of test/support in a process of its own.
import { loadFakes } from '../fakes.mjs';
import { announce, stopOnSignal } from './child-protocol.mjs';

const { FakeSpeechToText } = await loadFakes();
const fake = new FakeSpeechToText();
await fake.start();
stopOnSignal(() => fake.stop());
announce({ url: fake.url });
