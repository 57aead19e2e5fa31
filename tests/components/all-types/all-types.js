// The all-types test component: every exported function passes its arguments to the imported function of the
// same name and returns what the host returned.
import * as host from 'host-test:all-types/values';
import { fail } from 'host-test:all-types/faults';
import log from 'log';

const names = [
  'echoBool', 'echoS8', 'echoU8', 'echoS16', 'echoU16', 'echoS32', 'echoU32', 'echoS64', 'echoU64',
  'echoF32', 'echoF64', 'echoChar', 'echoString', 'echoBytes', 'echoStrings', 'echoNestedLists', 'echoPoints',
  'echoOption', 'echoOptionString', 'echoNestedOption', 'echoResult', 'echoResultUnit', 'echoEmptyResult',
  'echoTuple', 'echoPoint', 'echoEverything', 'echoShape', 'echoShapes', 'echoColor', 'echoPerms', 'echoMany',
];

export const values = {};
for (const name of names) {
  values[name] = (v) => host[name](v);
}

values.seventeen = (...args) => host.seventeen(...args);

export function callFail(message) {
  return fail(message);
}

export function trap(message) {
  throw new Error(message);
}

export function logAndMeasure(message) {
  log(message);
  return new TextEncoder().encode(message).length;
}
