import { useStore } from '@nanostores/react';
import { useEffect, useState } from 'react';
import { $basket } from '../../stores/basket';

interface Props {
  href: string;
  /** Count rendered by the server from the basket cookie. */
  initialCount: number;
  label: string;
}

/** The header link to the inquiry basket, with the number of products in it kept live. */
export default function BasketBadge({ href, initialCount, label }: Props) {
  const basket = useStore($basket);
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const count = hydrated ? basket.length : initialCount;
  return (
    <a href={href} className="btn-secondary px-3 py-1.5">
      {label}
      <span className="ml-1 rounded-full bg-pk-green px-2 text-xs text-white" aria-label={`(${count})`}>
        {count}
      </span>
    </a>
  );
}
