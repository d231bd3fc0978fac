/** Ambient types for the Vite build: CSS imports are side effects. */
declare module '*.css';
