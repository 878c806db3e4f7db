// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UpdatePrompt } from './update-prompt';

afterEach(cleanup);

describe('the update prompt', () => {
  it('says a new version is available and reloads into it, or waits', () => {
    const onReload = vi.fn();
    const onDismiss = vi.fn();
    render(<UpdatePrompt onReload={onReload} onDismiss={onDismiss} />);
    expect(screen.getByRole('status', { name: 'Update available' }).textContent).toContain(
      'A new version of Policy Workbench is available.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Reload to update' }));
    expect(onReload).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Later' }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });
});
