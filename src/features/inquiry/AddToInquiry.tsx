import { useStore } from '@nanostores/react';
import { useEffect, useState, type FormEvent } from 'react';
import { $basket, addToBasket } from '../../stores/basket';

interface Props {
  slug: string;
  /** Where to go back to after adding without JavaScript. */
  returnTo: string;
  basketUrl: string;
  initiallyAdded: boolean;
  strings: { add: string; added: string; view: string };
}

/**
 * "Add to inquiry": a plain form that the server handles (no JavaScript
 * needed), enhanced to update the shared basket store in place.
 */
export default function AddToInquiry({ slug, returnTo, basketUrl, initiallyAdded, strings }: Props) {
  const basket = useStore($basket);
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const added = hydrated ? basket.includes(slug) : initiallyAdded;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    addToBasket(slug);
  }

  if (added) {
    return (
      <p className="flex flex-wrap items-center gap-3" role="status">
        <span className="font-semibold text-pk-green">✓ {strings.added}</span>
        <a className="btn-secondary" href={basketUrl}>
          {strings.view}
        </a>
      </p>
    );
  }
  return (
    <form method="post" action="/api/basket" onSubmit={onSubmit}>
      <input type="hidden" name="op" value="add" />
      <input type="hidden" name="product" value={slug} />
      <input type="hidden" name="return" value={returnTo} />
      <button type="submit" className="btn-primary w-full sm:w-auto">
        {strings.add}
      </button>
    </form>
  );
}
