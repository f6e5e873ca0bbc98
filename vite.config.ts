import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Relative base so that the built dist/ works from any static host or a USB stick.
export default defineConfig({
  base: './',
  plugins: [react()],
  build: { target: 'es2022', sourcemap: false },
});
