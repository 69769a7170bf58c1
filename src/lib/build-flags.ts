/**
 * Build flags read statically, so the bundler drops dead branches: in the public build
 * (`npm run build:public`, VITE_PUBLIC_BUILD=1) no internal panel or layer style is even bundled.
 */
export const IS_PUBLIC_BUILD: boolean = import.meta.env.VITE_PUBLIC_BUILD === '1';
